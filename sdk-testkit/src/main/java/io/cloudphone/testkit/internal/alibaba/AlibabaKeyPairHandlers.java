package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ADB key pairs: created (the private key is shown once) or imported, listed, renamed, attached to and detached
 * from instances, and deleted (not while attached). Names are unique, 2 to 128 characters.
 */
final class AlibabaKeyPairHandlers {
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{N}:_.\\-]{1,127}");

  private final AlibabaWorld world;

  AlibabaKeyPairHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("CreateKeyPair", this::create)
        .on("ImportKeyPair", this::importKeyPair)
        .on("DescribeKeyPairs", this::describe)
        .on("ModifyKeyPairName", this::rename)
        .on("AttachKeyPair", this::attach)
        .on("DetachKeyPair", this::detach)
        .on("DeleteKeyPairs", this::delete);
  }

  private String checkedName(String field, String name) {
    if (!NAME.matcher(name).matches()) {
      throw AlibabaFault.invalid(field, "2 to 128 letters, digits, ':', '_', '.' or '-', starting with a letter");
    }
    if (!world.keyPairs.where(pair -> pair.path("KeyPairName").asText().equals(name)).isEmpty()) {
      throw new AlibabaFault(400, "KeyPairName.AlreadyExist", "A key pair named " + name + " already exists.");
    }
    return name;
  }

  private ObjectNode create(AlibabaExchange ex) {
    String name = checkedName("KeyPairName", ex.call.required("KeyPairName"));
    ObjectNode pair = world.keyPairs.create().put("KeyPairName", name)
        .put("GmtCreated", AlibabaJsonOut.dateTime(ex.now));
    String secret = Base64.getEncoder().encodeToString(("fake-private-key-" + world.keyPairs.id(pair)).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.putObject("Data").setAll(pair.deepCopy());
    ((ObjectNode) out.get("Data")).put("PrivateKeyBody", "-----BEGIN RSA PRIVATE KEY-----\n"
        + secret + "\n-----END RSA PRIVATE KEY-----");
    return out;
  }

  private ObjectNode importKeyPair(AlibabaExchange ex) {
    String name = checkedName("KeyPairName", ex.call.required("KeyPairName"));
    String body = ex.call.required("PublicKeyBody");
    if (!body.startsWith("ssh-") && !body.startsWith("-----BEGIN")) {
      throw AlibabaFault.invalid("PublicKeyBody", "not a public key (ssh-rsa ... or PEM)");
    }
    ObjectNode pair = world.keyPairs.create().put("KeyPairName", name)
        .put("GmtCreated", AlibabaJsonOut.dateTime(ex.now));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.set("Data", pair.deepCopy());
    return out;
  }

  private ObjectNode describe(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("KeyPairIds", 100);
    Optional<String> name = ex.call.string("KeyPairName");
    List<ObjectNode> matching = world.keyPairs.where(pair -> (ids.isEmpty()
        || ids.contains(world.keyPairs.id(pair))) && name.map(n -> pair.path("KeyPairName").asText().contains(n))
        .orElse(true));
    return AlibabaPaging.answer(ex, "keypairs", matching, 10, 100, "Data");
  }

  private ObjectNode rename(AlibabaExchange ex) {
    ObjectNode pair = world.keyPairs.get(ex.call.required("KeyPairId"));
    pair.put("KeyPairName", checkedName("NewKeyPairName", ex.call.required("NewKeyPairName")));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** AttachKeyPair: the key pair replaces any other on the instances (ADB needs restarting to take it). */
  private ObjectNode attach(AlibabaExchange ex) {
    String id = world.keyPairs.id(world.keyPairs.get(ex.call.required("KeyPairId")));
    List<AlibabaInstance> targets = world.existing(ex.call.requiredIds("InstanceIds", 100));
    targets.forEach(instance -> instance.keyPairId = id);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ArrayNode attached = out.putObject("Data").put("KeyPairId", id).put("TotalCount", targets.size())
        .put("FailCount", 0).putArray("AttachedInstanceIds");
    targets.forEach(instance -> attached.add(instance.id));
    return out;
  }

  /** DetachKeyPair: instances that do not carry the key pair count as failures. */
  private ObjectNode detach(AlibabaExchange ex) {
    String id = world.keyPairs.id(world.keyPairs.get(ex.call.required("KeyPairId")));
    List<AlibabaInstance> targets = world.existing(ex.call.requiredIds("InstanceIds", 100));
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ObjectNode data = out.putObject("Data").put("KeyPairId", id).put("TotalCount", targets.size());
    ArrayNode detached = data.putArray("DetachedInstanceIds");
    targets.stream().filter(instance -> id.equals(instance.keyPairId)).forEach(instance -> {
      instance.keyPairId = null;
      detached.add(instance.id);
    });
    data.put("FailCount", targets.size() - detached.size());
    return out;
  }

  private ObjectNode delete(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("KeyPairIds", 100);
    world.keyPairs.getAll(ids);
    for (String id : ids) {
      world.instances.values().stream().filter(instance -> id.equals(instance.keyPairId)).findFirst()
          .ifPresent(instance -> {
            throw new AlibabaFault(400, "OperationConflict.KeyPairAttached", "The key pair " + id
                + " is attached to " + instance.id + "; detach it first.");
          });
    }
    ids.forEach(world.keyPairs::remove);
    return AlibabaJsonOut.answer(ex.requestId);
  }
}
