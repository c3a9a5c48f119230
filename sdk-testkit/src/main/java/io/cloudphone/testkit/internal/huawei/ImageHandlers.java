package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Custom images (API reference §5.2): listing, deletion, and sharing with other accounts (members). The fake
 * starts with one private image of the project and one image another account shares with it; an image used by
 * phones cannot be deleted, and a deleted image cannot be shared.
 */
final class ImageHandlers {
  private static final String IMAGES = V1 + "/images";
  private static final Pattern PROJECT_ID = Pattern.compile("[0-9a-f]{32}");
  private static final int MAX_MEMBERS = 128;

  private final CphState state;
  private final String projectId;

  ImageHandlers(CphState state, String projectId) {
    this.state = state;
    this.projectId = projectId;
  }

  void register(CphRoutes routes) {
    routes.add("ListImages", "GET", IMAGES, this::list)
        .add("DeleteImage", "DELETE", IMAGES + "/{image_id}", this::delete)
        .add("AddImageMember", "POST", IMAGES + "/{image_id}/members", this::addMember)
        .add("ListImageMembers", "GET", IMAGES + "/{image_id}/members", this::listMembers)
        .add("DeleteImageMember", "DELETE", IMAGES + "/{image_id}/members/{member_id}", this::deleteMember)
        .add("UpdateImageMember", "PUT", IMAGES + "/{image_id}/members", this::updateMember);
  }

  private CphOutcome list(CphRequest request) {
    Optional<String> type = request.query("image_type");
    if (type.isPresent() && !Set.of("private", "share").contains(type.get())) {
      throw CphError.badRequest("CPS.0116", "Parameter: type is invalid.");
    }
    int status = request.intQuery("status", -1, 0, 2, CphError.badRequest("CPS.0010",
        "Parameter: status is invalid."));
    Optional<String> id = request.query("image_id");
    Optional<String> name = request.query("image_name");
    Optional<String> source = request.query("src_project_id");
    long since = request.query("create_since").map(Long::parseLong).orElse(Long.MIN_VALUE);
    long until = request.query("create_until").map(Long::parseLong).orElse(Long.MAX_VALUE);
    Predicate<CphImage> keep = image -> type.map(image.type::equals).orElse(true)
        && (status < 0 || image.status == status) && id.map(image.id::equals).orElse(true)
        && name.map(image.name::contains).orElse(true)
        && source.map(s -> s.equals(image.srcProjectId)).orElse(true)
        && image.createTime.getEpochSecond() >= since && image.createTime.getEpochSecond() <= until;
    List<ObjectNode> images = state.images.values().stream().filter(keep)
        .map(image -> CphJson.image(image, projectId)).toList();
    ObjectNode answer = CphOutcome.page(request, "image_infos", images, 100).body();
    answer.set("total", answer.remove("count"));
    return CphOutcome.ok(answer);
  }

  private CphOutcome delete(CphRequest request) {
    CphImage image = ownImage(request);
    if (state.phones.values().stream().anyMatch(phone -> phone.imageId.equals(image.id))) {
      throw CphError.badRequest("CPS.0220", "Phone image status is not active.");
    }
    state.images.remove(image.id);
    return CphOutcome.done(request);
  }

  private CphOutcome addMember(CphRequest request) {
    CphImage image = ownImage(request);
    String member = request.text("member");
    if (!PROJECT_ID.matcher(member).matches() || member.equals(projectId)) {
      throw CphError.badRequest("CPS.0164", "Parameter: Invalid property member.");
    }
    if (!image.members.containsKey(member) && image.members.size() >= MAX_MEMBERS) {
      throw CphError.badRequest("CPS.0196", "Quota is insufficient.");
    }
    image.members.putIfAbsent(member, new CphImage.Member(member, request.now));
    return CphOutcome.done(request);
  }

  private CphOutcome listMembers(CphRequest request) {
    CphImage image = ownImage(request);
    ObjectNode answer = CphOutcome.submitted(request);
    answer.putArray("members").addAll(image.members.values().stream().map(m -> CphJson.member(image, m))
        .toList());
    return CphOutcome.ok(answer);
  }

  private CphOutcome deleteMember(CphRequest request) {
    CphImage image = ownImage(request);
    if (image.members.remove(request.path("member_id")) == null) {
      throw CphError.badRequest("CPS.0243", "User not found.");
    }
    return CphOutcome.done(request);
  }

  /** UpdateImageMember: this project accepts or rejects an image another account shares with it. */
  private CphOutcome updateMember(CphRequest request) {
    CphImage image = image(request);
    if (!image.type.equals("share")) {
      throw CphError.badRequest("CPS.0001", "No permission to request resources.");
    }
    String status = request.text("status");
    if (!Set.of("accepted", "rejected").contains(status)) {
      throw CphError.badRequest("CPS.0010", "Parameter: status is invalid.");
    }
    image.status = status.equals("accepted") ? 1 : 2;
    return CphOutcome.done(request);
  }

  private CphImage image(CphRequest request) {
    CphImage image = state.images.get(request.path("image_id"));
    if (image == null) {
      throw CphError.badRequest("CPS.0166", "Phone image not found.");
    }
    return image;
  }

  /** An image of this project: shared-in images cannot be deleted or shared on. */
  private CphImage ownImage(CphRequest request) {
    CphImage image = image(request);
    if (!image.type.equals("private")) {
      throw CphError.badRequest("CPS.0001", "No permission to request resources.");
    }
    return image;
  }
}
