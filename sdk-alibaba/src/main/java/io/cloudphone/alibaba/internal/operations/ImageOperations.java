package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.CreateCustomImageRequest;
import io.cloudphone.alibaba.model.CreateCustomImageResponse;
import io.cloudphone.alibaba.model.DeleteImagesRequest;
import io.cloudphone.alibaba.model.DeleteImagesResponse;
import io.cloudphone.alibaba.model.DescribeImageListRequest;
import io.cloudphone.alibaba.model.DescribeImageListResponse;
import io.cloudphone.alibaba.model.DistributeImageRequest;
import io.cloudphone.alibaba.model.DistributeImageResponse;
import io.cloudphone.alibaba.model.ImportImageRequest;
import io.cloudphone.alibaba.model.ImportImageResponse;
import io.cloudphone.alibaba.model.UpdateCustomImageNameRequest;
import io.cloudphone.alibaba.model.UpdateCustomImageNameResponse;
import io.cloudphone.core.internal.Operation;

/** Image operations of Alibaba Cloud Phone, declared as data. */
public final class ImageOperations {
  private ImageOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** CreateCustomImage: captures an instance as a custom image. */
  public static final Operation<CreateCustomImageRequest, CreateCustomImageResponse> CREATE_CUSTOM_IMAGE =
      Operation.builder("CreateCustomImage", POST, "/",
              CreateCustomImageRequest.class, CreateCustomImageResponse.class)
          .form("ClientToken", "Description", "ImageName", "InstanceId")
          .docUrl(DOCS + "createcustomimage")
          .build();

  /** DeleteImages: deletes custom images; the ids go as one JSON array string. */
  public static final Operation<DeleteImagesRequest, DeleteImagesResponse> DELETE_IMAGES =
      Operation.builder("DeleteImages", POST, "/", DeleteImagesRequest.class, DeleteImagesResponse.class)
          .form("ImageIds")
          .jsonString("ImageIds")
          .docUrl(DOCS + "deleteimages")
          .build();

  /** DescribeImageList: one page of system or custom images, filtered. */
  public static final Operation<DescribeImageListRequest, DescribeImageListResponse> DESCRIBE_IMAGE_LIST =
      Operation.builder("DescribeImageList", POST, "/",
              DescribeImageListRequest.class, DescribeImageListResponse.class)
          .form("ImageId", "ImageName", "ImageType", "MaxResults", "NextToken", "Status")
          .idempotent(true)
          .docUrl(DOCS + "describeimagelist")
          .build();

  /** DistributeImage: copies a custom image to other regions. */
  public static final Operation<DistributeImageRequest, DistributeImageResponse> DISTRIBUTE_IMAGE =
      Operation.builder("DistributeImage", POST, "/",
              DistributeImageRequest.class, DistributeImageResponse.class)
          .form("DistributeRegionList", "ImageId")
          .docUrl(DOCS + "distributeimage")
          .build();

  /** UpdateCustomImageName: renames a custom image. */
  public static final Operation<UpdateCustomImageNameRequest, UpdateCustomImageNameResponse>
      UPDATE_CUSTOM_IMAGE_NAME =
          Operation.builder("UpdateCustomImageName", POST, "/",
                  UpdateCustomImageNameRequest.class, UpdateCustomImageNameResponse.class)
              .form("ImageId", "ImageName")
              .docUrl(DOCS + "updatecustomimagename")
              .build();

  /** ImportImage: imports a custom Android image from an OSS file URL. */
  public static final Operation<ImportImageRequest, ImportImageResponse> IMPORT_IMAGE =
      Operation.builder("ImportImage", POST, "/", ImportImageRequest.class, ImportImageResponse.class)
          .docUrl(DOCS + "importimage")
          .build();
}
