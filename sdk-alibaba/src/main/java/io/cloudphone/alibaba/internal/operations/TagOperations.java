package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.ListTagResourcesRequest;
import io.cloudphone.alibaba.model.ListTagResourcesResponse;
import io.cloudphone.alibaba.model.TagResourcesRequest;
import io.cloudphone.alibaba.model.TagResourcesResponse;
import io.cloudphone.alibaba.model.UntagResourcesRequest;
import io.cloudphone.alibaba.model.UntagResourcesResponse;
import io.cloudphone.core.internal.Operation;

/** Cloud phone tag operations of eds-aic 2023-09-30, declared as data; every parameter goes to the query, tags as Tag.N.Key / Tag.N.Value. */
public final class TagOperations {
  private TagOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** ListTagResources: one page of tag bindings, by resource id and/or tag. */
  public static final Operation<ListTagResourcesRequest, ListTagResourcesResponse> LIST_TAG_RESOURCES =
      Operation.builder("ListTagResources", POST, "/", ListTagResourcesRequest.class, ListTagResourcesResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "listtagresources")
          .build();

  /** TagResources: attaches tags to phones. */
  public static final Operation<TagResourcesRequest, TagResourcesResponse> TAG_RESOURCES =
      Operation.builder("TagResources", POST, "/", TagResourcesRequest.class, TagResourcesResponse.class)
          .docUrl(DOCS + "tagresources")
          .build();

  /** UntagResources: removes tag keys, or all tags, from phones. */
  public static final Operation<UntagResourcesRequest, UntagResourcesResponse> UNTAG_RESOURCES =
      Operation.builder("UntagResources", POST, "/", UntagResourcesRequest.class, UntagResourcesResponse.class)
          .docUrl(DOCS + "untagresources")
          .build();
}
