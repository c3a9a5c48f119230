package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.BatchCreateTagsRequest;
import io.cloudphone.huawei.model.BatchCreateTagsResponse;
import io.cloudphone.huawei.model.BatchDeleteTagsRequest;
import io.cloudphone.huawei.model.BatchDeleteTagsResponse;
import io.cloudphone.huawei.model.ListProjectTagsRequest;
import io.cloudphone.huawei.model.ListProjectTagsResponse;
import io.cloudphone.huawei.model.ListResourceInstancesRequest;
import io.cloudphone.huawei.model.ListResourceInstancesResponse;
import io.cloudphone.huawei.model.ListResourceTagsRequest;
import io.cloudphone.huawei.model.ListResourceTagsResponse;

/** Tag operations on cloud phone servers (newer than the seed reference), declared as data. */
public final class TagOperations {
  private TagOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";
  private static final String TAGS_ACTION = "/v1/{project_id}/{resource_type}/{resource_id}/tags/action";

  /** BatchCreateTags: adds tags to one resource; shares its path with BatchDeleteTags, told apart by action. */
  public static final Operation<BatchCreateTagsRequest, BatchCreateTagsResponse> BATCH_CREATE_TAGS =
      Operation.builder("BatchCreateTags", POST, TAGS_ACTION,
              BatchCreateTagsRequest.class, BatchCreateTagsResponse.class)
          .fixed("action", "create")
          .docUrl(DOCS + "cph_api_0553.html")
          .build();

  /** BatchDeleteTags: removes tags from one resource; shares its path with BatchCreateTags. */
  public static final Operation<BatchDeleteTagsRequest, BatchDeleteTagsResponse> BATCH_DELETE_TAGS =
      Operation.builder("BatchDeleteTags", POST, TAGS_ACTION,
              BatchDeleteTagsRequest.class, BatchDeleteTagsResponse.class)
          .fixed("action", "delete")
          .docUrl(DOCS + "cph_api_0554.html")
          .build();

  /** ListResourceInstances: finds resources by tag; a read-only query sent as POST, so safe to replay. */
  public static final Operation<ListResourceInstancesRequest, ListResourceInstancesResponse>
      LIST_RESOURCE_INSTANCES =
          Operation.builder("ListResourceInstances", POST,
                  "/v1/{project_id}/{resource_type}/resource_instances/action",
                  ListResourceInstancesRequest.class, ListResourceInstancesResponse.class)
              .idempotent(true)
              .docUrl(DOCS + "cph_api_0555.html")
              .build();

  /** ListResourceTags: the tags on one resource. */
  public static final Operation<ListResourceTagsRequest, ListResourceTagsResponse> LIST_RESOURCE_TAGS =
      Operation.builder("ListResourceTags", GET, "/v1/{project_id}/{resource_type}/{resource_id}/tags",
              ListResourceTagsRequest.class, ListResourceTagsResponse.class)
          .docUrl(DOCS + "cph_api_0556.html")
          .build();

  /** ListProjectTags: every tag key and value used on resources of one type in the project. */
  public static final Operation<ListProjectTagsRequest, ListProjectTagsResponse> LIST_PROJECT_TAGS =
      Operation.builder("ListProjectTags", GET, "/v1/{project_id}/{resource_type}/tags",
              ListProjectTagsRequest.class, ListProjectTagsResponse.class)
          .query("limit", "offset")
          .docUrl(DOCS + "cph_api_0557.html")
          .build();
}
