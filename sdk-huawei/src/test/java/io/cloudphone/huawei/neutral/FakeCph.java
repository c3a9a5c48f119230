package io.cloudphone.huawei.neutral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * A stateful stand-in for CPH behind MockWebServer: phones and servers with statuses, batch calls that start
 * jobs (or refuse single items), jobs that answer RUNNING a set number of times before their final status, and
 * scripted trouble (a throttled batch call, a dropped connection). It records what it was asked and what each id
 * should end as.
 */
final class FakeCph extends Dispatcher {
  /** What an id of a batch call should end as. */
  record Expected(String outcome, String errorCode) {}

  private static final String PREFIX = "/v1/" + "0123456789abcdef0123456789abcdef" + "/cloud-phone";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, ObjectNode> phones = new LinkedHashMap<>();
  private final Map<String, ObjectNode> servers = new LinkedHashMap<>();
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final Map<String, List<String>> jobsByRequest = new ConcurrentHashMap<>();
  private final Random random;
  private final AtomicInteger batchCalls = new AtomicInteger();

  /** Share of batch items refused inside a 200 answer. */
  volatile double itemFailureRate;
  /** Share of started jobs that end with status -1. */
  volatile double jobFailureRate;
  /** How many times a job is reported RUNNING before its final status. */
  volatile int runningReports = 1;
  /** The first batch call naming one of these ids is answered 429 (each id triggers once). */
  final Set<String> throttleFirstCallWith = ConcurrentHashMap.newKeySet();
  /** The first batch call naming one of these ids loses its connection before any answer (each id once). */
  final Set<String> dropFirstCallWith = ConcurrentHashMap.newKeySet();
  /** Called with each batch call's ordinal before it is answered (may block, for cancellation tests). */
  volatile IntConsumer onBatch = ordinal -> { };
  /** Batch calls over {@link #limitBatchRate}'s rate are answered 429 CPS.0042, having done nothing. */
  final java.util.concurrent.atomic.AtomicInteger rateThrottled = new AtomicInteger();
  /** How many accepted batch calls named each id. */
  final Map<String, AtomicInteger> acceptedIds = new ConcurrentHashMap<>();
  private io.cloudphone.core.Clock rateClock;
  private long intervalNanos;
  private java.time.Instant nextAllowed;

  /** Fixed bodies for exact paths (below the project prefix), e.g. the seeds' examples. */
  final Map<String, String> fixtures = new ConcurrentHashMap<>();

  final Map<String, Expected> expected = new ConcurrentHashMap<>();
  final Set<String> droppedIds = ConcurrentHashMap.newKeySet();
  final Set<String> throttledIds = ConcurrentHashMap.newKeySet();
  final List<String> requestLines = new CopyOnWriteArrayList<>();
  final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  final List<JsonNode> batchBodies = new CopyOnWriteArrayList<>();
  final List<HttpUrl> listJobsCalls = new CopyOnWriteArrayList<>();

  /** A fake with {@code phoneCount} phones spread over {@code serverCount} servers, failures drawn from {@code seed}. */
  FakeCph(int phoneCount, int serverCount, long seed) {
    this.random = new Random(seed);
    int[] statuses = {2, 2, 2, 2, 2, 2, 8, 1, -7, 0};
    for (int i = 0; i < serverCount; i++) {
      String id = String.format("server-%04d", i);
      ObjectNode server = JSON.createObjectNode().put("server_id", id).put("server_name", "cph-" + i)
          .put("server_model_name", "physical.rx1.xlarge").put("phone_model_name", "rx1.cp.c105.d6.e5v5")
          .put("status", i % 10 == 9 ? 10 : 5).put("availability_zone", "cn-east-3a")
          .put("create_time", "2024-01-01T00:00:00Z");
      server.putArray("addresses").addObject().put("server_ip", "192.168.0." + (i % 250))
          .put("public_ip", "10.0.0." + (i % 250));
      servers.put(id, server);
    }
    for (int i = 0; i < phoneCount; i++) {
      String id = String.format("phone-%05d", i);
      phones.put(id, JSON.createObjectNode().put("phone_id", id).put("phone_name", "mobile-" + i)
          .put("server_id", String.format("server-%04d", i % Math.max(1, serverCount)))
          .put("phone_model_name", "rx1.cp.c105.d6.e5v5").put("image_id", "image-1")
          .put("status", statuses[i % statuses.length]).put("availability_zone", "cn-east-3a")
          .put("create_time", "2024-01-02T00:00:00Z"));
    }
  }

  /** Enforces at most {@code perSecond} batch calls a second on {@code clock}, no burst; the client is not told. */
  synchronized void limitBatchRate(io.cloudphone.core.Clock clock, double perSecond) {
    rateClock = clock;
    intervalNanos = (long) (1e9 / perSecond);
    nextAllowed = clock.instant();
  }

  private synchronized boolean overRate() {
    if (rateClock == null) {
      return false;
    }
    java.time.Instant now = rateClock.instant();
    if (now.isBefore(nextAllowed)) {
      return true;
    }
    nextAllowed = now.plusNanos(intervalNanos);
    return false;
  }

  /** Number of batch calls (restart, reset, stop, commands, server restart) received, throttled ones included. */
  int batchCalls() {
    return batchCalls.get();
  }

  /** Request lines received whose path ends with {@code suffix}. */
  long count(String method, String suffix) {
    return requestLines.stream().filter(line -> line.startsWith(method + " ") && line.contains(suffix)).count();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath().substring(PREFIX.length());
    String method = request.getMethod();
    requestLines.add(method + " " + path + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
    if (fixtures.containsKey(path)) {
      return json(200, fixtures.get(path));
    }
    List<String> parts = Arrays.asList(path.substring(1).split("/"));
    try {
      return switch (method + " " + parts.get(0) + (parts.size() > 1 ? "/" + (isId(parts.get(1)) ? "{id}"
          : parts.get(1)) : "")) {
        case "GET phones" -> list(url, phones, "phones", "phone_name", "server_id");
        case "GET phones/{id}" -> detail(phones, parts.get(1), "CPS.0005", "Phone not found.");
        case "PUT phones/{id}" -> rename(parts.get(1), body(request));
        case "POST phones/batch-restart", "POST phones/batch-reset" -> batch(request, "phones", "phone_id", true);
        case "POST phones/batch-stop" -> batch(request, "phone_ids", "phone_id", false);
        case "POST phones/commands" -> batch(request, "phone_ids", "phone_id", false);
        case "GET servers" -> list(url, servers, "servers", "server_name", null);
        case "GET servers/{id}" -> detail(servers, parts.get(1), "CPS.0101", "Server not found.");
        case "POST servers/batch-restart" -> batch(request, "server_ids", "server_id", false);
        case "GET jobs" -> listJobs(url);
        case "GET jobs/{id}" -> showJob(parts.get(1));
        default -> json(404, "{\"error_code\":\"CPS.0002\",\"error_msg\":\"no such API in the fake\"}");
      };
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return json(500, "{}");
    }
  }

  private static boolean isId(String segment) {
    return segment.startsWith("phone-") || segment.startsWith("server-") || segment.startsWith("job-")
        || segment.startsWith("missing");
  }

  private MockResponse list(HttpUrl url, Map<String, ObjectNode> items, String field, String nameParam,
      String serverParam) {
    int offset = intParam(url, "offset", 0);
    int limit = intParam(url, "limit", 100);
    String status = url.queryParameter("status");
    String name = url.queryParameter(nameParam);
    String server = serverParam == null ? null : url.queryParameter(serverParam);
    List<ObjectNode> matching = new ArrayList<>();
    synchronized (this) {
      for (ObjectNode item : items.values()) {
        boolean keep = (status == null || item.path("status").asText().equals(status))
            && (name == null || item.path(nameParam).asText().contains(name))
            && (server == null || item.path(serverParam).asText().equals(server));
        if (keep) {
          matching.add(item.deepCopy());
        }
      }
    }
    ObjectNode answer = JSON.createObjectNode().put("request_id", "list").put("count", matching.size());
    answer.putArray(field).addAll(matching.subList(Math.min(offset, matching.size()),
        Math.min(matching.size(), offset + limit)));
    return json(200, answer.toString());
  }

  private synchronized MockResponse detail(Map<String, ObjectNode> items, String id, String code, String message) {
    ObjectNode item = items.get(id);
    if (item == null) {
      return json(404, "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}");
    }
    ObjectNode answer = item.deepCopy().put("request_id", "detail");
    if (id.startsWith("phone-")) {
      answer.putArray("access_infos").addObject().put("type", "server1").put("phone_ip", "10.237.0.61")
          .put("server_ip", "172.31.0.123").put("public_ip", "").put("listen_port", 38080);
    }
    return json(200, answer.toString());
  }

  private synchronized MockResponse rename(String id, JsonNode body) {
    ObjectNode phone = phones.get(id);
    if (phone == null) {
      return json(404, "{\"error_code\":\"CPS.0005\",\"error_msg\":\"Phone not found.\"}");
    }
    phone.put("phone_name", body.path("phone_name").asText());
    return json(200, "{\"request_id\":\"rename\"}");
  }

  /** A batch call: one job per known id, or that id's own error, in a 200 answer. */
  private MockResponse batch(RecordedRequest request, String listField, String idField, boolean objects)
      throws InterruptedException {
    JsonNode body = body(request);
    List<String> ids = new ArrayList<>();
    for (JsonNode item : body.path(listField)) {
      ids.add(objects ? item.path(idField).asText() : item.asText());
    }
    int ordinal = batchCalls.incrementAndGet();
    batchSizes.add(ids.size());
    batchBodies.add(body);
    onBatch.accept(ordinal);
    if (ids.stream().anyMatch(throttleFirstCallWith::remove)) {
      throttledIds.addAll(ids);
      return json(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The request is being throttled.\"}");
    }
    if (overRate()) {
      rateThrottled.incrementAndGet();
      return json(429, "{\"error_code\":\"CPS.0042\",\"error_msg\":\"System busy. Please try again later.\"}");
    }
    if (ids.stream().anyMatch(dropFirstCallWith::remove)) {
      droppedIds.addAll(ids);
      return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
    ids.forEach(id -> acceptedIds.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet());
    String requestId = "req-" + ordinal;
    String content = body.path("content").asText("");
    ObjectNode answer = JSON.createObjectNode().put("request_id", requestId);
    ArrayNode items = answer.putArray("jobs");
    List<String> started = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      ObjectNode item = items.addObject().put(idField, id);
      boolean known = phones.containsKey(id) || servers.containsKey(id);
      if (!known || draw() < itemFailureRate) {
        String code = known ? "CPS.0004" : "CPS.0005";
        item.put("error_code", code).put("error_msg", known ? "Parameter: phone_id is invalid." : "Not found.");
        expected.put(id, new Expected("FAILED", code));
        continue;
      }
      String jobId = "job-" + ordinal + "-" + i;
      boolean fails = draw() < jobFailureRate;
      jobs.put(jobId, new Job(jobId, idField, id, fails ? -1 : 2,
          content.isEmpty() ? null : "output of " + content + " on " + id, runningReports));
      started.add(jobId);
      item.put("job_id", jobId);
      expected.put(id, fails ? new Expected("FAILED", "CPS.0191") : new Expected("SUCCEEDED", null));
    }
    jobsByRequest.put(requestId, started);
    return json(200, answer.toString());
  }

  private synchronized double draw() {
    return random.nextDouble();
  }

  private MockResponse listJobs(HttpUrl url) {
    listJobsCalls.add(url);
    String many = url.queryParameter("request_ids");
    List<String> requestIds = many != null ? List.of(many.split(","))
        : List.of(String.valueOf(url.queryParameter("request_id")));
    List<String> all = new ArrayList<>();
    requestIds.forEach(id -> all.addAll(jobsByRequest.getOrDefault(id, List.of())));
    int offset = intParam(url, "offset", 0);
    int limit = intParam(url, "limit", 100);
    ObjectNode answer = JSON.createObjectNode().put("request_id", "jobs");
    ArrayNode items = answer.putArray("jobs");
    for (String jobId : all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit))) {
      items.add(jobs.get(jobId).report());
    }
    return json(200, answer.toString());
  }

  private MockResponse showJob(String jobId) {
    Job job = jobs.get(jobId);
    if (job == null) {
      return json(404, "{\"error_code\":\"CPS.0005\",\"error_msg\":\"Job not found.\"}");
    }
    return json(200, job.report().put("request_id", "show").toString());
  }

  private static int intParam(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    return value == null ? fallback : Integer.parseInt(value);
  }

  private static JsonNode body(RecordedRequest request) {
    try {
      return JSON.readTree(request.getBody() == null ? "{}" : request.getBody().utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** A job: RUNNING for its first {@code runningReports} reports, then its final status. */
  private static final class Job {
    private final String id;
    private final String targetField;
    private final String target;
    private final int finalStatus;
    private final String output;
    private int runningLeft;

    Job(String id, String targetField, String target, int finalStatus, String output, int runningReports) {
      this.id = id;
      this.targetField = targetField;
      this.target = target;
      this.finalStatus = finalStatus;
      this.output = output;
      this.runningLeft = runningReports;
    }

    synchronized ObjectNode report() {
      ObjectNode node = JSON.createObjectNode().put("job_id", id).put(targetField, target)
          .put("begin_time", "2024-01-02T03:04:05Z");
      if (runningLeft > 0) {
        runningLeft--;
        return node.put("status", 1);
      }
      node.put("status", finalStatus).put("end_time", "2024-01-02T03:05:05Z");
      if (output != null) {
        node.put("execute_msg", output);
      }
      if (finalStatus == -1) {
        node.put("error_code", "CPS.0191").put("error_msg", "Run command failed.");
      } else {
        node.put("error_code", "").put("error_msg", "");
      }
      return node;
    }
  }

  /** The ids of every phone, in listing order. */
  synchronized List<String> phoneIds() {
    return Collections.unmodifiableList(new ArrayList<>(phones.keySet()));
  }

  /** The ids of every server, in listing order. */
  synchronized List<String> serverIds() {
    return Collections.unmodifiableList(new ArrayList<>(servers.keySet()));
  }

  /** A phone's current name. */
  synchronized String phoneName(String id) {
    return phones.get(id).path("phone_name").asText();
  }
}
