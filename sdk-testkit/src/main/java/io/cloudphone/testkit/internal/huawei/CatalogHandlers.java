package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.PROJECT;
import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * What can be bought (API reference §5.1, §5.2): server flavors, phone flavors, public phone images and where
 * each flavor is on sale. The catalog is fixed; {@link #serverModel(String)} and friends are how the other
 * families check the names a purchase or change names.
 */
final class CatalogHandlers {
  /** A server flavor: name, product type (0 cloud phone, 1 cloud phone server with encode server), cores. */
  record ServerModel(String name, int productType, int cpu, int memory, String series) {}

  /** A phone flavor and the server flavor it runs on. */
  record PhoneModel(String name, String serverModel, int cpu, int memory, int disk, String resolution,
      int capacity) {}

  static final List<ServerModel> SERVER_MODELS = List.of(
      new ServerModel(CphJson.SERVER_MODEL, 0, 64, 256, "rx1"),
      new ServerModel("physical.rx2.xlarge", 0, 96, 384, "rx2"),
      new ServerModel("physical.kg1.4xlarge.cp", 1, 128, 512, "kg1"));

  static final List<PhoneModel> PHONE_MODELS = List.of(
      new PhoneModel(CphJson.PHONE_MODEL, CphJson.SERVER_MODEL, 4, 8, 10, "720x1280", 15),
      new PhoneModel("rx1.cp.c30.d20GPSSD.e1v1", CphJson.SERVER_MODEL, 2, 4, 20, "720x1280", 30),
      new PhoneModel("rx2.cp.c60.d10GPSSD.e1v1", "physical.rx2.xlarge", 4, 8, 10, "1080x1920", 21),
      new PhoneModel("kg1.cp.c60.d10GPSSD.e1v1", "physical.kg1.4xlarge.cp", 4, 8, 10, "1080x1920", 30));

  /** A public phone image. */
  record PublicImage(String id, String name, String label) {}

  static final List<PublicImage> PUBLIC_IMAGES = List.of(
      new PublicImage(CphJson.IMAGE_ID, "CPH-AOSP12.0-Image", "cloudphone"),
      new PublicImage("5a4d7b1e9c2f4e8aa0b6c1d2e3f40516", "CPH-AOSP10.0-Image", "cloudphone"));

  void register(CphRoutes routes) {
    routes.add("ListCloudPhoneServerModels", "GET", V1 + "/server-models", this::serverModels)
        .add("ListCloudPhoneModels", "GET", V1 + "/phone-models", this::phoneModels)
        .add("ListCloudPhoneImages", "GET", V1 + "/phone-images", this::images)
        .add("ListCloudPhoneServerModelOfferings", "GET", PROJECT + "/server-model-offerings", this::offerings);
  }

  static Optional<ServerModel> serverModel(String name) {
    return SERVER_MODELS.stream().filter(model -> model.name.equals(name)).findFirst();
  }

  static Optional<PhoneModel> phoneModel(String name) {
    return PHONE_MODELS.stream().filter(model -> model.name.equals(name)).findFirst();
  }

  static boolean publicImage(String id) {
    return PUBLIC_IMAGES.stream().anyMatch(image -> image.id.equals(id));
  }

  private CphOutcome serverModels(CphRequest request) {
    int productType = request.intQuery("product_type", -1, 0, 1,
        CphError.badRequest("CPS.0144", "Parameter: product_type is invalid."));
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode models = answer.putArray("server_models");
    SERVER_MODELS.stream().filter(model -> productType < 0 || model.productType == productType)
        .forEach(model -> {
          ObjectNode node = models.addObject().put("server_model_name", model.name)
              .put("server_type", "physical").put("cpu", model.cpu).put("memory", model.memory)
              .put("product_type", model.productType).put("free_size", 100);
          node.putObject("extend_spec").put("cpu", "Kunpeng 920 " + model.cpu + " cores")
              .put("memory", model.memory + "GB").put("disk", "2*960GB SSD").put("network_interface", "2*25GE")
              .put("gpu", "4*GPU").put("bms_flavor", model.name).put("gpu_count", 4).put("numa_count", 4);
        });
    return CphOutcome.ok(answer);
  }

  private CphOutcome phoneModels(CphRequest request) {
    int status = request.intQuery("status", 0, 0, 1, CphError.badRequest("CPS.0010",
        "Parameter: status is invalid."));
    List<ObjectNode> models = status == 0 ? PHONE_MODELS.stream().map(model -> CphJson.JSON.createObjectNode()
        .put("server_model_name", model.serverModel).put("phone_model_name", model.name)
        .put("spec_code", model.name).put("cpu", model.cpu).put("memory", model.memory * 1024)
        .put("disk", model.disk).put("resolution", model.resolution).put("extend_spec", "{}")
        .put("phone_capacity", model.capacity).put("status", 1).put("product_type", 0)
        .put("image_label", "cloudphone").put("phone_model_version", 1).put("dpi", 320).put("fps", "30")
        .put("volume_mode", 0).put("render_fps", 30).put("stream_fps", 30)).toList() : List.of();
    ObjectNode answer = CphOutcome.page(request, "phone_models", models, 100).body();
    answer.remove("count");
    return CphOutcome.ok(answer);
  }

  private CphOutcome images(CphRequest request) {
    Optional<String> type = request.query("image_type");
    if (type.isPresent() && !List.of("public", "private").contains(type.get())) {
      throw CphError.badRequest("CPS.0116", "Parameter: type is invalid.");
    }
    ObjectNode answer = CphOutcome.submitted(request);
    ArrayNode images = answer.putArray("phone_images");
    if (!type.equals(Optional.of("private"))) {
      PUBLIC_IMAGES.forEach(image -> images.addObject().put("image_id", image.id).put("image_name", image.name)
          .put("os_type", "Android").put("os_name", "Android").put("is_public", 1).put("image_label", image.label)
          .put("is_support_encrypt", false));
    }
    return CphOutcome.ok(answer);
  }

  private CphOutcome offerings(CphRequest request) {
    List<ObjectNode> offerings = SERVER_MODELS.stream().map(model -> CphJson.JSON.createObjectNode()
        .put("available_zone", CphJson.AVAILABILITY_ZONE).put("model_name", model.name)
        .put("sell_status", "normal")).toList();
    ObjectNode answer = CphOutcome.markerPage(request, "models", offerings, "model_name", 100).body();
    return CphOutcome.ok(answer);
  }
}
