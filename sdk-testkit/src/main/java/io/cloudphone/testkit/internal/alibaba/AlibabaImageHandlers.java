package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Images: the seeded public (System) image and custom images made from an instance or imported from a URL
 * (CREATING, then AVAILABLE after a job's time), distributed to regions, renamed and deleted. A deleted image
 * cannot be distributed or used; a public image cannot be renamed or deleted.
 */
final class AlibabaImageHandlers {
  private static final Set<String> IMAGE_TYPES = Set.of("System", "User");

  private final AlibabaWorld world;

  AlibabaImageHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("DescribeImageList", this::describe)
        .on("CreateCustomImage", this::create)
        .on("ImportImage", this::importImage)
        .on("DistributeImage", this::distribute)
        .on("UpdateCustomImageName", this::rename)
        .on("DeleteImages", this::delete);
  }

  private ObjectNode describe(AlibabaExchange ex) {
    AlibabaRpcCall call = ex.call;
    String type = call.oneOf("ImageType", IMAGE_TYPES, null);
    if (type == null) {
      throw AlibabaFault.missing("ImageType");
    }
    Optional<String> id = call.string("ImageId");
    Optional<String> name = call.string("ImageName");
    Optional<String> status = call.string("Status");
    List<Map<String, String>> tags = call.objects("ImageBizTags");
    List<ObjectNode> matching = world.images.where(image -> settle(image, ex)
        && image.path("ImageType").asText().equals(type)
        && id.map(i -> i.equals(world.images.id(image))).orElse(true)
        && name.map(n -> image.path("ImageName").asText().contains(n)).orElse(true)
        && status.map(s -> s.equals(image.path("Status").asText())).orElse(true)
        && world.tagged(world.images.id(image), tags));
    return AlibabaPaging.answer(ex, "images", matching, 10, 100, "Data");
  }

  /** An image that was CREATING becomes AVAILABLE once its job's time has passed; always true (for filters). */
  private boolean settle(ObjectNode image, AlibabaExchange ex) {
    if (image.path("Status").asText().equals("CREATING")
        && !ex.now.isBefore(java.time.Instant.parse(image.path("ReadyAt").asText()))) {
      image.put("Status", "AVAILABLE");
    }
    return true;
  }

  private ObjectNode newImage(AlibabaExchange ex, String name, String description) {
    if (name.length() > 128) {
      throw AlibabaFault.invalid("ImageName", "takes at most 128 characters");
    }
    ObjectNode image = world.images.create().put("ImageName", name).put("ImageType", "User")
        .put("Status", "CREATING").put("SystemType", "Android").put("ImageVersion", "3.5.3.867")
        .put("Description", description).put("GmtCreate", AlibabaJsonOut.dateTime(ex.now))
        .put("GmtModified", AlibabaJsonOut.dateTime(ex.now))
        .put("ReadyAt", ex.now.plus(world.jobDuration).toString());
    image.putArray("ImageRegionList").add(world.regionId);
    return image;
  }

  /** CreateCustomImage: an image of a RUNNING or STOPPED instance. */
  private ObjectNode create(AlibabaExchange ex) {
    String name = ex.call.required("ImageName");
    AlibabaInstance instance = world.existing(List.of(ex.call.required("InstanceId"))).get(0);
    String status = instance.status(ex.now);
    if (!status.equals("RUNNING") && !status.equals("STOPPED")) {
      throw new AlibabaFault(400, "IncorrectInstanceStatus", "The instance " + instance.id + " is " + status
          + "; images are made of RUNNING or STOPPED instances.");
    }
    ObjectNode image = newImage(ex, name, ex.call.string("Description").orElse(""));
    world.runningJob(ex, "CreateImage", "{\"ImageId\":\"" + world.images.id(image) + "\"}", List.of(instance),
        "CreateImageFailed", world.images.id(image));
    return AlibabaJsonOut.answer(ex.requestId).put("ImageId", world.images.id(image));
  }

  private ObjectNode importImage(AlibabaExchange ex) {
    String name = ex.call.required("ImageName");
    String url = ex.call.required("ImageFileURL");
    if (!url.startsWith("http://") && !url.startsWith("https://") && !url.startsWith("oss://")) {
      throw AlibabaFault.invalid("ImageFileURL", "takes an http(s) or oss:// URL");
    }
    ObjectNode image = newImage(ex, name, ex.call.string("ImageDescription").orElse(""));
    return AlibabaJsonOut.answer(ex.requestId).put("ImageId", world.images.id(image));
  }

  /** DistributeImage: copies an AVAILABLE custom image to other regions. */
  private ObjectNode distribute(AlibabaExchange ex) {
    ObjectNode image = custom(ex.call.required("ImageId"), ex);
    List<String> regions = ex.call.requiredIds("DistributeRegionList", 20);
    if (!image.path("Status").asText().equals("AVAILABLE")) {
      throw new AlibabaFault(400, "IncorrectStatus.Image", "The image " + world.images.id(image) + " is "
          + image.path("Status").asText() + "; only AVAILABLE images can be distributed.");
    }
    ArrayNode list = (ArrayNode) image.get("ImageRegionList");
    ObjectNode map = image.has("ImageRegionDistributeMap") ? (ObjectNode) image.get("ImageRegionDistributeMap")
        : image.putObject("ImageRegionDistributeMap");
    for (String region : regions) {
      if (!list.toString().contains("\"" + region + "\"")) {
        list.add(region);
      }
      map.putObject(region).put("Status", "AVAILABLE").put("Progress", "100%");
    }
    return AlibabaJsonOut.answer(ex.requestId);
  }

  private ObjectNode rename(AlibabaExchange ex) {
    ObjectNode image = custom(ex.call.required("ImageId"), ex);
    String name = ex.call.required("ImageName", 128);
    image.put("ImageName", name).put("GmtModified", AlibabaJsonOut.dateTime(ex.now));
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** DeleteImages: custom images only; an image an instance runs cannot go. */
  private ObjectNode delete(AlibabaExchange ex) {
    List<String> ids = ex.call.requiredIds("ImageIds", 100);
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId);
    ObjectNode data = out.putObject("Data");
    ArrayNode ok = data.putArray("SuccessDeleteImageIds");
    ArrayNode failed = data.putArray("FailDeleteImageIds");
    for (String id : ids) {
      boolean inUse = world.instances.values().stream().anyMatch(instance -> instance.imageId.equals(id));
      if (!world.images.contains(id) || inUse
          || world.images.get(id).path("ImageType").asText().equals("System")) {
        failed.add(id);
      } else {
        world.images.remove(id);
        ok.add(id);
      }
    }
    return out;
  }

  private ObjectNode custom(String id, AlibabaExchange ex) {
    ObjectNode image = world.images.get(id);
    settle(image, ex);
    if (image.path("ImageType").asText().equals("System")) {
      throw AlibabaFault.invalid("ImageId", id + " is a public image; only custom images can be changed");
    }
    return image;
  }
}
