package io.cloudphone.alibaba.neutral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A stateful eds-aic in one process: Android instances and nodes with statuses; Start/Stop/Reboot/Reset put
 * instances into a transitional state that the next DescribeAndroidInstances shows once before the final one;
 * RunCommand, InstallApp and SendFile create invocations and tasks that answer Running/Processing once, then
 * their end. Scripted trouble: a throttled answer once, a dropped connection, a gate that holds one request.
 */
final class FakeEdsAic extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One Android instance. */
  static final class Instance {
    final String id;
    final String nodeId;
    final String groupId;
    String name;
    String status;
    String next;
    String errorCode;

    Instance(String id, String nodeId, String groupId, String status) {
      this.id = id;
      this.nodeId = nodeId;
      this.groupId = groupId;
      this.name = "phone-" + id;
      this.status = status;
    }
  }

  /** One per-instance unit of work (task child or invocation) that is observed running once, then ends. */
  static final class Work {
    final String id;
    final String instanceId;
    final boolean fails;
    boolean observed;

    Work(String id, String instanceId, boolean fails) {
      this.id = id;
      this.instanceId = instanceId;
      this.fails = fails;
    }
  }

  final Map<String, Instance> instances = new LinkedHashMap<>();
  final Map<String, String> nodes = new LinkedHashMap<>();
  /** Instances whose operation ends UNAVAILABLE (instances) or Failed (tasks, invocations). */
  final Set<String> failing = new HashSet<>();
  /** Instances that never leave their transitional state. */
  final Set<String> stuck = new HashSet<>();
  /**
   * Instances the answers of Reboot/Reset ({@code Tasks.ChildTasks}), RunCommand ({@code RunCommandInfos}) and
   * InstallApp ({@code ChildTaskInfo}) name a task or invocation of their own for, as the service does today; the
   * others get the older answer without one.
   */
  final Set<String> ownTasks = new HashSet<>();
  /** Instances whose RunSyncCommand run outlasts the wait (answered RUNNING, then read through DescribeInvocations). */
  final Set<String> slowSync = new HashSet<>();
  /** Instances RunSyncCommand leaves out of its Data. */
  final Set<String> missingFromSync = new HashSet<>();
  /** Instances SendFile leaves out of its Data. */
  final Set<String> rejectedBySendFile = new HashSet<>();

  final Map<String, List<List<String>>> batches = new HashMap<>();
  final List<Integer> describeByIdSizes = new ArrayList<>();
  /** How many TaskIds each DescribeTasks by id named. */
  final List<Integer> taskIdsSizes = java.util.Collections.synchronizedList(new ArrayList<>());
  final List<Map<String, String>> requests = new ArrayList<>();
  final Set<String> droppedIds = new HashSet<>();
  private final Map<String, AtomicInteger> calls = new HashMap<>();
  private final Map<String, List<Work>> taskChildren = new LinkedHashMap<>();
  private final Map<String, List<Work>> invocations = new LinkedHashMap<>();
  /** Per-instance tasks by id, with the batch task they belong to. */
  private final Map<String, Map.Entry<String, Work>> childTasks = new LinkedHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  String throttleAction;
  int throttleOnCall = -1;
  String dropAction;
  int dropOnCall = -1;
  String gateAction;
  int gateOnCall = -1;
  final CountDownLatch gateReached = new CountDownLatch(1);
  final CountDownLatch gateOpen = new CountDownLatch(1);

  /** Adds {@code count} running instances on {@code nodeId}, named acp-{prefix}{index}. */
  synchronized List<String> addInstances(String prefix, int count, String nodeId, String status) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("acp-%s%05d", prefix, i);
      instances.put(id, new Instance(id, nodeId, "ag-" + nodeId, status));
      ids.add(id);
    }
    return ids;
  }

  /** How many requests of {@code action} arrived. */
  synchronized int calls(String action) {
    return calls.getOrDefault(action, new AtomicInteger()).get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    Map<String, String> params = new HashMap<>(decode(request.getUrl().encodedQuery()));
    if (request.getBody() != null) {
      params.putAll(decode(request.getBody().string(StandardCharsets.UTF_8)));
    }
    // V1 sends Action as a parameter, ACS3 (the default) in the x-acs-action header.
    String header = request.getHeaders().get("x-acs-action");
    if (header != null) {
      params.put("Action", header);
    }
    String action = params.getOrDefault("Action", "");
    int call;
    synchronized (this) {
      requests.add(params);
      call = calls.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
    }
    if (action.equals(throttleAction) && call == throttleOnCall) {
      return json(400, Map.of("Code", "Throttling.User", "Message", "Request was denied due to user flow control.",
          "RequestId", "req-throttled"));
    }
    if (action.equals(dropAction) && call == dropOnCall) {
      synchronized (this) {
        droppedIds.addAll(list(params, listName(action)));
      }
      return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    if (action.equals(gateAction) && call == gateOnCall) {
      gateReached.countDown();
      gateOpen.await(10, TimeUnit.SECONDS);
    }
    synchronized (this) {
      return switch (action) {
        case "DescribeAndroidInstances" -> describeInstances(params);
        case "DescribeCloudPhoneNodes" -> describeNodes(params);
        case "StartAndroidInstance" -> transition(action, params, "STARTING", "RUNNING");
        case "StopAndroidInstance" -> transition(action, params, "STOPPING", "STOPPED");
        case "RebootAndroidInstancesInGroup" -> transition(action, params, "REBOOTING", "RUNNING");
        case "ResetAndroidInstancesInGroup" -> transition(action, params, "RESETTING", "RUNNING");
        case "ModifyAndroidInstance" -> rename(params);
        case "RunCommand" -> runCommand(params);
        case "RunSyncCommand" -> runSyncCommand(params);
        case "DescribeInvocations" -> describeInvocations(params);
        case "InstallApp" -> startTask(action, list(params, "InstanceIdList"), false);
        case "SendFile" -> startTask(action, list(params, "AndroidInstanceIdList"), true);
        case "DescribeTasks" -> describeTasks(params);
        default -> json(400, Map.of("Code", "InvalidAction.NotFound", "Message", action, "RequestId", "r"));
      };
    }
  }

  private static String listName(String action) {
    return switch (action) {
      case "RunCommand", "RunSyncCommand" -> "InstanceIds";
      case "InstallApp" -> "InstanceIdList";
      case "SendFile" -> "AndroidInstanceIdList";
      default -> "AndroidInstanceIds";
    };
  }

  private MockResponse describeInstances(Map<String, String> params) {
    List<String> ids = list(params, "AndroidInstanceIds");
    List<Instance> matching = new ArrayList<>();
    if (!ids.isEmpty()) {
      describeByIdSizes.add(ids.size());
      ids.stream().map(instances::get).filter(i -> i != null).forEach(matching::add);
    } else {
      instances.values().stream()
          .filter(i -> !params.containsKey("NodeId") || i.nodeId.equals(params.get("NodeId")))
          .filter(i -> !params.containsKey("Status") || i.status.equals(params.get("Status")))
          .filter(i -> !params.containsKey("InstanceGroupId") || i.groupId.equals(params.get("InstanceGroupId")))
          .filter(i -> !params.containsKey("AndroidInstanceName") || i.name.equals(params.get("AndroidInstanceName")))
          .forEach(matching::add);
    }
    Slice<Instance> page = page(matching, params);
    List<Map<String, Object>> models = new ArrayList<>();
    for (Instance instance : page.items()) {
      models.add(model(instance));
      if (!ids.isEmpty() && instance.next != null) {
        // Seen once in its transitional state; the next look shows where it ended.
        instance.status = instance.next;
        instance.next = null;
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "req-" + sequence.incrementAndGet());
    body.put("TotalCount", matching.size());
    page.nextToken().ifPresent(token -> body.put("NextToken", token));
    body.put("InstanceModel", models);
    return json(200, body);
  }

  private static Map<String, Object> model(Instance instance) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("AndroidInstanceId", instance.id);
    model.put("AndroidInstanceName", instance.name);
    model.put("AndroidInstanceStatus", instance.status);
    model.put("AndroidInstanceGroupId", instance.groupId);
    model.put("InstanceType", "acp.basic.small");
    model.put("ZoneId", "cn-shanghai-b");
    model.put("RegionId", "cn-shanghai");
    model.put("NetworkInterfaceIp", "192.168.0.1");
    model.put("GmtCreate", "2025-01-01 00:00:00");
    if (instance.errorCode != null) {
      model.put("ErrorCode", instance.errorCode);
    }
    return model;
  }

  private MockResponse describeNodes(Map<String, String> params) {
    List<String> wanted = list(params, "NodeIds");
    List<Map.Entry<String, String>> matching = nodes.entrySet().stream()
        .filter(node -> wanted.isEmpty() || wanted.contains(node.getKey()))
        .filter(node -> !params.containsKey("Status") || node.getValue().equals(params.get("Status")))
        .toList();
    Slice<Map.Entry<String, String>> page = page(matching, params);
    List<Map<String, Object>> models = new ArrayList<>();
    for (Map.Entry<String, String> node : page.items()) {
      models.add(Map.of("NodeId", node.getKey(), "NodeName", "name-" + node.getKey(), "Status", node.getValue(),
          "ServerType", "cpm.gx7.10xlarge", "PhoneCount", 25, "RegionId", "cn-shanghai"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "req-" + sequence.incrementAndGet());
    body.put("TotalCount", matching.size());
    page.nextToken().ifPresent(token -> body.put("NextToken", token));
    body.put("NodeModel", models);
    return json(200, body);
  }

  private MockResponse transition(String action, Map<String, String> params, String during, String target) {
    List<String> ids = list(params, "AndroidInstanceIds");
    batches.computeIfAbsent(action, k -> new ArrayList<>()).add(ids);
    for (String id : ids) {
      Instance instance = instances.get(id);
      if (instance == null) {
        return json(400, Map.of("Code", "InvalidInstanceId.NotFound", "Message", id, "RequestId", "r"));
      }
    }
    for (String id : ids) {
      Instance instance = instances.get(id);
      instance.status = during;
      instance.next = stuck.contains(id) ? null : failing.contains(id) ? "UNAVAILABLE" : target;
      instance.errorCode = failing.contains(id) ? "InstanceAbnormal" : null;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "req-" + sequence.incrementAndGet());
    List<String> owning = ids.stream().filter(ownTasks::contains).toList();
    if (!owning.isEmpty() && action.endsWith("InGroup")) {
      String parent = "t-task-" + sequence.incrementAndGet();
      List<Map<String, Object>> children = new ArrayList<>();
      for (String id : owning) {
        Work work = new Work(parent + "-" + id, id, failing.contains(id));
        childTasks.put(work.id, Map.entry(parent, work));
        children.add(Map.of("InstanceId", id, "TaskId", work.id));
      }
      body.put("Tasks", Map.of("ParentTaskId", parent, "ChildTasks", children));
    }
    return json(200, body);
  }

  private MockResponse rename(Map<String, String> params) {
    Instance instance = instances.get(params.get("AndroidInstanceId"));
    if (instance == null) {
      return json(400, Map.of("Code", "InvalidInstanceId.NotFound", "Message", "no such instance",
          "RequestId", "r"));
    }
    instance.name = params.get("NewAndroidInstanceName");
    return json(200, Map.of("RequestId", "req-" + sequence.incrementAndGet()));
  }

  private MockResponse runCommand(Map<String, String> params) {
    List<String> ids = list(params, "InstanceIds");
    batches.computeIfAbsent("RunCommand", k -> new ArrayList<>()).add(ids);
    String invokeId = "t-inv-" + sequence.incrementAndGet();
    List<Work> shared = new ArrayList<>();
    List<Map<String, Object>> infos = new ArrayList<>();
    for (String id : ids) {
      if (ownTasks.contains(id)) {
        String own = invokeId + "-" + id;
        invocations.put(own, List.of(new Work(own, id, failing.contains(id))));
        infos.add(Map.of("InstanceId", id, "InvokeId", own, "ChildTaskId", "t-child-" + own));
      } else {
        shared.add(new Work(invokeId, id, failing.contains(id)));
      }
    }
    invocations.put(invokeId, shared);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "req-" + sequence.incrementAndGet());
    body.put("InvokeId", invokeId);
    if (!infos.isEmpty()) {
      body.put("RunCommandInfos", infos);
    }
    return json(200, body);
  }

  private MockResponse runSyncCommand(Map<String, String> params) {
    List<String> ids = list(params, "InstanceIds");
    batches.computeIfAbsent("RunSyncCommand", k -> new ArrayList<>()).add(ids);
    String invokeId = "t-sync-" + sequence.incrementAndGet();
    List<Work> slow = new ArrayList<>();
    List<Map<String, Object>> data = new ArrayList<>();
    for (String id : ids) {
      if (missingFromSync.contains(id)) {
        continue;
      }
      if (slowSync.contains(id)) {
        slow.add(new Work(invokeId, id, failing.contains(id)));
        data.add(Map.of("InstanceId", id, "InvocationId", invokeId, "InvocationStatus", "RUNNING", "Output", ""));
      } else {
        data.add(Map.of("InstanceId", id, "InvocationId", invokeId,
            "InvocationStatus", failing.contains(id) ? "Failed" : "Success", "Output", "out of " + id,
            "StartTime", "2025-01-02 03:04:05", "FinishTime", "2025-01-02 03:04:06"));
      }
    }
    invocations.put(invokeId, slow);
    return json(200, Map.of("RequestId", "req-" + sequence.incrementAndGet(), "TotalCount",
        String.valueOf(data.size()), "Data", data));
  }

  private MockResponse describeInvocations(Map<String, String> params) {
    List<String> ids = list(params, "InstanceIds");
    describeByIdSizes.add(ids.size());
    List<Map<String, Object>> data = new ArrayList<>();
    for (Work work : invocations.getOrDefault(params.get("InvocationId"), List.of())) {
      if (!ids.contains(work.instanceId)) {
        continue;
      }
      String status = !work.observed ? "Running" : work.fails ? "Failed" : "Success";
      work.observed = true;
      data.add(Map.of("InvocationId", work.id, "InstanceId", work.instanceId, "InvocationStatus", status,
          "Output", status.equals("Running") ? "" : "out of " + work.instanceId,
          "StartTime", "2025-01-02 03:04:05", "FinishTime", "2025-01-02 03:04:06"));
    }
    return json(200, Map.of("RequestId", "req-" + sequence.incrementAndGet(), "TotalCount", data.size(),
        "Data", data));
  }

  private MockResponse startTask(String action, List<String> ids, boolean perInstanceData) {
    batches.computeIfAbsent(action, k -> new ArrayList<>()).add(ids);
    String taskId = "t-task-" + sequence.incrementAndGet();
    List<String> accepted = ids.stream().filter(id -> !perInstanceData || !rejectedBySendFile.contains(id)).toList();
    List<Work> children = new ArrayList<>();
    List<Map<String, Object>> childInfo = new ArrayList<>();
    for (String id : accepted) {
      Work work = new Work(taskId + "-" + id, id, failing.contains(id));
      children.add(work);
      if (!perInstanceData && ownTasks.contains(id)) {
        childTasks.put(work.id, Map.entry(taskId, work));
        childInfo.add(Map.of("InstanceId", id, "ChildTaskId", work.id, "AppId", "app-1"));
      }
    }
    taskChildren.put(taskId, children);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "req-" + sequence.incrementAndGet());
    body.put("TaskId", taskId);
    if (!childInfo.isEmpty()) {
      body.put("ChildTaskInfo", childInfo);
    }
    if (perInstanceData) {
      body.put("Data", accepted.stream().map(id -> Map.of("TaskId", taskId, "AndroidInstanceId", id)).toList());
    }
    return json(200, body);
  }

  private MockResponse describeTasks(Map<String, String> params) {
    List<Map<String, Object>> data = new ArrayList<>();
    if (params.containsKey("ParentTaskId")) {
      for (Work child : taskChildren.getOrDefault(params.get("ParentTaskId"), List.of())) {
        data.add(child(params.get("ParentTaskId"), child));
      }
    }
    List<String> taskIds = list(params, "TaskIds");
    if (!taskIds.isEmpty()) {
      taskIdsSizes.add(taskIds.size());
    }
    for (String taskId : taskIds) {
      if (taskChildren.containsKey(taskId)) {
        data.add(batchTask(taskId));
      } else if (childTasks.containsKey(taskId)) {
        data.add(child(childTasks.get(taskId).getKey(), childTasks.get(taskId).getValue()));
      }
    }
    if (params.containsKey("InvokeId") && invocations.containsKey(params.get("InvokeId"))) {
      data.add(Map.of("TaskId", "t-cmd-" + params.get("InvokeId"), "TaskStatus", "Finished", "Level", 1,
          "InvokeId", params.get("InvokeId")));
    }
    Slice<Map<String, Object>> page = page(data, params);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "req-" + sequence.incrementAndGet());
    body.put("TotalCount", data.size());
    page.nextToken().ifPresent(token -> body.put("NextToken", token));
    body.put("Data", page.items());
    return json(200, body);
  }

  private static Map<String, Object> child(String parent, Work work) {
    String status = !work.observed ? "Processing" : work.fails ? "Failed" : "Finished";
    work.observed = true;
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("TaskId", work.id);
    task.put("TaskStatus", status);
    task.put("Level", 2);
    task.put("ParentTaskId", parent);
    task.put("InstanceId", work.instanceId);
    task.put("StartTime", "2025-01-02T03:04:05Z");
    if (status.equals("Failed")) {
      task.put("ErrorCode", "InstallFailed");
      task.put("ErrorMsg", "the package could not be installed on " + work.instanceId);
    }
    return task;
  }

  private Map<String, Object> batchTask(String taskId) {
    List<Work> children = taskChildren.get(taskId);
    boolean done = children.stream().allMatch(w -> w.observed);
    long failed = children.stream().filter(w -> w.fails).count();
    String status = !done ? "Processing" : failed == 0 ? "Finished" : failed == children.size() ? "Failed"
        : "PartFinished";
    return Map.of("TaskId", taskId, "TaskStatus", status, "Level", 1, "TotalChildCount", children.size());
  }

  /** A page of {@code items} after the NextToken offset, MaxResults long (20 by default, as Alibaba does). */
  private static <T> Slice<T> page(List<T> items, Map<String, String> params) {
    int from = params.containsKey("NextToken") ? Integer.parseInt(params.get("NextToken").substring(4)) : 0;
    int size = Integer.parseInt(params.getOrDefault("MaxResults", "20"));
    int to = Math.min(items.size(), from + size);
    return new Slice<>(new ArrayList<>(items.subList(Math.min(from, items.size()), to)),
        to < items.size() ? Optional.of("tok-" + to) : Optional.empty());
  }

  private record Slice<T>(List<T> items, Optional<String> nextToken) {}

  static List<String> list(Map<String, String> params, String name) {
    List<String> out = new ArrayList<>();
    for (int i = 1; params.containsKey(name + "." + i); i++) {
      out.add(params.get(name + "." + i));
    }
    return out;
  }

  private static MockResponse json(int status, Object body) {
    try {
      return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
          .setHeader("x-acs-request-id", "req").body(JSON.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> decode(String encoded) {
    Map<String, String> out = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return out;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(unescape(key), unescape(value));
    }
    return out;
  }

  private static String unescape(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
