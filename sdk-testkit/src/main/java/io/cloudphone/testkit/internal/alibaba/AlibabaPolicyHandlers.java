package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Policy groups (clipboard, local drive, resolution, watermark... settings) and the account's network blacklist.
 * A policy group an instance group uses cannot be deleted.
 */
final class AlibabaPolicyHandlers {
  private static final Set<String> ON_OFF = Set.of("on", "off");
  private static final Set<String> CLIPBOARD = Set.of("read", "write", "readwrite", "off");
  private static final List<String> SWITCHES = List.of("CameraRedirect", "LocalDrive", "LockResolution");

  private final AlibabaWorld world;

  AlibabaPolicyHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("CreatePolicyGroup", this::create)
        .on("ListPolicyGroups", this::list)
        .on("ModifyPolicyGroup", this::modify)
        .on("DeletePolicyGroup", this::delete)
        .on("GetNetworkBlacklist", this::blacklist)
        .on("SetNetworkBlacklist", this::setBlacklist);
  }

  private ObjectNode create(AlibabaExchange ex) {
    ObjectNode policy = world.policies.create().put("PolicyGroupName", "policy").put("CameraRedirect", "on")
        .put("Clipboard", "readwrite").put("LocalDrive", "off").put("LockResolution", "off")
        .put("Html5FileTransfer", "off").put("SessionResolutionWidth", 720).put("SessionResolutionHeight", 1280)
        .put("PolicyType", ex.call.string("PolicyType").orElse("Default"))
        .put("GmtCreate", AlibabaJsonOut.dateTime(ex.now));
    apply(ex.call, policy);
    return AlibabaJsonOut.answer(ex.requestId).put("PolicyGroupId", world.policies.id(policy));
  }

  private void apply(AlibabaRpcCall call, ObjectNode policy) {
    call.string("PolicyGroupName").ifPresent(name -> {
      if (name.length() > 64) {
        throw AlibabaFault.invalid("PolicyGroupName", "takes at most 64 characters");
      }
      policy.put("PolicyGroupName", name);
    });
    for (String field : SWITCHES) {
      Optional.ofNullable(call.oneOf(field, ON_OFF, null)).ifPresent(value -> policy.put(field, value));
    }
    Optional.ofNullable(call.oneOf("Clipboard", CLIPBOARD, null)).ifPresent(value -> policy.put("Clipboard", value));
    Optional.ofNullable(call.oneOf("Html5FileTransfer", CLIPBOARD, null))
        .ifPresent(value -> policy.put("Html5FileTransfer", value));
    int width = call.integer("ResolutionWidth", 1, 4096, -1);
    int height = call.integer("ResolutionHeight", 1, 4096, -1);
    if (width > 0) {
      policy.put("SessionResolutionWidth", width);
    }
    if (height > 0) {
      policy.put("SessionResolutionHeight", height);
    }
    call.object("NetRedirectPolicy").ifPresent(value -> policy.set("NetRedirectPolicy", value));
    call.object("Watermark").ifPresent(value -> policy.set("Watermark", value));
  }

  private ObjectNode list(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("PolicyGroupIds", 100);
    Optional<String> name = ex.call.string("PolicyGroupName");
    Optional<String> type = ex.call.string("PolicyType");
    List<ObjectNode> matching = world.policies.where(policy -> (ids.isEmpty()
        || ids.contains(world.policies.id(policy)))
        && name.map(n -> policy.path("PolicyGroupName").asText().contains(n)).orElse(true)
        && type.map(t -> t.equals(policy.path("PolicyType").asText())).orElse(true));
    return AlibabaPaging.answer(ex, "policies", matching, 10, 100, "PolicyGroupModel");
  }

  private ObjectNode modify(AlibabaExchange ex) {
    apply(ex.call, world.policies.get(ex.call.required("PolicyGroupId")));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private ObjectNode delete(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("PolicyGroupIds", 100);
    world.policies.getAll(ids);
    for (String id : ids) {
      if (!world.groups.where(group -> id.equals(group.path("PolicyGroupId").asText())).isEmpty()) {
        throw new AlibabaFault(400, "OperationConflict.PolicyInUse", "The policy group " + id
            + " is used by an instance group.");
      }
    }
    ids.forEach(world.policies::remove);
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private ObjectNode blacklist(AlibabaExchange ex) {
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ObjectNode model = out.putObject("NetworkBlacklistModel");
    String type = ex.call.oneOf("Type", Set.of("domain", "ip"), "");
    model.set("DomainBlacklist", AlibabaJsonOut.array(type.equals("ip") ? List.of() : world.domainBlacklist));
    model.set("IpBlacklist", AlibabaJsonOut.array(type.equals("domain") ? List.of() : world.ipBlacklist));
    return out;
  }

  /** SetNetworkBlacklist: replaces the lists given (at most 100 entries each). */
  private ObjectNode setBlacklist(AlibabaExchange ex) {
    List<String> domains = ex.call.ids("DomainBlacklist", 100);
    List<String> ips = ex.call.ids("IpBlacklist", 100);
    if (domains.isEmpty() && ips.isEmpty()) {
      throw AlibabaFault.missing("DomainBlacklist");
    }
    world.domainBlacklist.clear();
    world.domainBlacklist.addAll(domains);
    world.ipBlacklist.clear();
    world.ipBlacklist.addAll(ips);
    return AlibabaJsonOut.answer(ex.requestId);
  }
}
