package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.DELETE;
import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;
import static io.cloudphone.core.internal.HttpMethod.PUT;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.AddImageMemberRequest;
import io.cloudphone.huawei.model.AddImageMemberResponse;
import io.cloudphone.huawei.model.DeleteImageMemberRequest;
import io.cloudphone.huawei.model.DeleteImageMemberResponse;
import io.cloudphone.huawei.model.DeleteImageRequest;
import io.cloudphone.huawei.model.DeleteImageResponse;
import io.cloudphone.huawei.model.ListImageMembersRequest;
import io.cloudphone.huawei.model.ListImageMembersResponse;
import io.cloudphone.huawei.model.ListImagesRequest;
import io.cloudphone.huawei.model.ListImagesResponse;
import io.cloudphone.huawei.model.UpdateImageMemberRequest;
import io.cloudphone.huawei.model.UpdateImageMemberResponse;

/** Custom image and image sharing operations (newer than the seed reference), declared as data. */
public final class ImageOperations {
  private ImageOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";
  private static final String IMAGES = "/v1/{project_id}/cloud-phone/images";

  /** ListImages: one page of custom images, filtered. */
  public static final Operation<ListImagesRequest, ListImagesResponse> LIST_IMAGES =
      Operation.builder("ListImages", GET, IMAGES, ListImagesRequest.class, ListImagesResponse.class)
          .query("image_type", "status", "offset", "limit", "image_id", "image_name", "create_since",
              "create_until", "src_project_id")
          .docUrl(DOCS + "cph_api_0559.html")
          .build();

  /** DeleteImage: deletes one custom image. */
  public static final Operation<DeleteImageRequest, DeleteImageResponse> DELETE_IMAGE =
      Operation.builder("DeleteImage", DELETE, IMAGES + "/{image_id}",
              DeleteImageRequest.class, DeleteImageResponse.class)
          .docUrl(DOCS + "cph_api_0560.html")
          .build();

  /** AddImageMember: shares a custom image with another project. */
  public static final Operation<AddImageMemberRequest, AddImageMemberResponse> ADD_IMAGE_MEMBER =
      Operation.builder("AddImageMember", POST, IMAGES + "/{image_id}/members",
              AddImageMemberRequest.class, AddImageMemberResponse.class)
          .docUrl(DOCS + "cph_api_0561.html")
          .build();

  /** ListImageMembers: the projects a custom image is shared with. */
  public static final Operation<ListImageMembersRequest, ListImageMembersResponse> LIST_IMAGE_MEMBERS =
      Operation.builder("ListImageMembers", GET, IMAGES + "/{image_id}/members",
              ListImageMembersRequest.class, ListImageMembersResponse.class)
          .docUrl(DOCS + "cph_api_0562.html")
          .build();

  /** DeleteImageMember: stops sharing a custom image with one project. */
  public static final Operation<DeleteImageMemberRequest, DeleteImageMemberResponse> DELETE_IMAGE_MEMBER =
      Operation.builder("DeleteImageMember", DELETE, IMAGES + "/{image_id}/members/{member_id}",
              DeleteImageMemberRequest.class, DeleteImageMemberResponse.class)
          .docUrl(DOCS + "cph_api_0563.html")
          .build();

  /** UpdateImageMember: accepts or rejects an image shared with this project. */
  public static final Operation<UpdateImageMemberRequest, UpdateImageMemberResponse> UPDATE_IMAGE_MEMBER =
      Operation.builder("UpdateImageMember", PUT, IMAGES + "/{image_id}/members",
              UpdateImageMemberRequest.class, UpdateImageMemberResponse.class)
          .docUrl(DOCS + "cph_api_0564_0.html")
          .build();
}
