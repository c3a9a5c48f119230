package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * System property templates (ro.product.model and friends): created, listed, changed, deleted and sent to
 * instances, whose properties GetInstanceProperties then reports.
 */
final class AlibabaPropertyHandlers {
  private final AlibabaWorld world;

  AlibabaPropertyHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("CreateSystemPropertyTemplate", this::create)
        .on("DescribeSystemPropertyTemplates", this::describe)
        .on("ModifySystemPropertyTemplate", this::modify)
        .on("DeleteSystemPropertyTemplates", this::delete)
        .on("SendSystemPropertyTemplate", this::send)
        .on("GetInstanceProperties", this::properties);
  }

  private ObjectNode create(AlibabaExchange ex) {
    String name = ex.call.string("TemplateName").orElseThrow(() -> AlibabaFault.missing("TemplateName"));
    ObjectNode template = world.templates.create().put("Status", "AVAILABLE").put("EnableAuto", false);
    apply(ex.call, template.put("TemplateName", name));
    return AlibabaJsonOut.answer(ex.requestId).put("TemplateId", world.templates.id(template));
  }

  private void apply(AlibabaRpcCall call, ObjectNode template) {
    call.string("TemplateName").ifPresent(name -> {
      if (name.length() > 64) {
        throw AlibabaFault.invalid("TemplateName", "takes at most 64 characters");
      }
      template.put("TemplateName", name);
    });
    call.string("EnableAuto").ifPresent(value -> template.put("EnableAuto", call.bool("EnableAuto")));
    call.string("FilePath").ifPresent(path -> template.put("FilePath", path));
    call.object("SystemPropertyInfo").ifPresent(info -> template.set("SystemPropertyInfo", info));
  }

  private ObjectNode describe(AlibabaExchange ex) {
    List<String> ids = ex.call.ids("TemplateIds", 100);
    Optional<String> name = ex.call.string("TemplateName");
    List<ObjectNode> matching = world.templates.where(template -> (ids.isEmpty()
        || ids.contains(world.templates.id(template)))
        && name.map(n -> template.path("TemplateName").asText().contains(n)).orElse(true));
    return AlibabaPaging.answer(ex, "templates", matching, 10, 100, "SystemPropertyTemplateModel");
  }

  private ObjectNode modify(AlibabaExchange ex) {
    ObjectNode template = world.templates.get(ex.call.required("TemplateId"));
    apply(ex.call, template);
    return AlibabaJsonOut.answer(ex.requestId).put("TemplateId", world.templates.id(template));
  }

  private ObjectNode delete(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("TemplateIds", 100);
    world.templates.getAll(ids);
    ids.forEach(world.templates::remove);
    return AlibabaJsonOut.answer(ex.requestId).put("Code", "200").put("Message", "success");
  }

  /** SendSystemPropertyTemplate: the templates' properties are set on the instances (as {@code ro.*} keys). */
  private ObjectNode send(AlibabaExchange ex) {
    List<AlibabaInstance> targets = world.existing(ex.call.requiredIds("AndroidInstanceIds", 100));
    List<String> ids = new ArrayList<>(ex.call.ids("TemplateIds", 100));
    ex.call.string("TemplateId").ifPresent(ids::add);
    if (ids.isEmpty()) {
      throw AlibabaFault.missing("TemplateId");
    }
    for (ObjectNode template : world.templates.getAll(ids)) {
      ObjectNode info = template.has("SystemPropertyInfo") ? (ObjectNode) template.get("SystemPropertyInfo")
          : AlibabaJsonOut.JSON.createObjectNode();
      targets.forEach(instance -> info.fields().forEachRemaining(field -> {
        if (field.getValue().isValueNode()) {
          instance.properties.put(propertyName(field.getKey()), field.getValue().asText());
        }
      }));
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** {@code RoProductModel} as {@code ro.product.model}. */
  private static String propertyName(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1.$2").toLowerCase(java.util.Locale.ROOT);
  }

  private ObjectNode properties(AlibabaExchange ex) {
    AlibabaInstance instance = world.existing(List.of(ex.call.required("InstanceId"))).get(0);
    StringBuilder content = new StringBuilder("ro.product.model=" + AlibabaWorld.PHONE_MODEL + "\n");
    for (Map.Entry<String, String> property : instance.properties.entrySet()) {
      content.append(property.getKey()).append('=').append(property.getValue()).append('\n');
    }
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    out.putObject("PropertyTemplateModel").put("Content", content.toString());
    return out;
  }
}
