package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.Backoff;
import io.cloudphone.core.RetryPolicy;
import io.cloudphone.huawei.model.AddImageMemberRequest;
import io.cloudphone.huawei.model.AddImageMemberResponse;
import io.cloudphone.huawei.model.BatchCreateTagsRequest;
import io.cloudphone.huawei.model.BatchCreateTagsResponse;
import io.cloudphone.huawei.model.BatchDeleteTagsRequest;
import io.cloudphone.huawei.model.BatchDeleteTagsResponse;
import io.cloudphone.huawei.model.CustomImage;
import io.cloudphone.huawei.model.DeleteImageMemberRequest;
import io.cloudphone.huawei.model.DeleteImageMemberResponse;
import io.cloudphone.huawei.model.DeleteImageRequest;
import io.cloudphone.huawei.model.DeleteImageResponse;
import io.cloudphone.huawei.model.ImageMember;
import io.cloudphone.huawei.model.ListImageMembersRequest;
import io.cloudphone.huawei.model.ListImageMembersResponse;
import io.cloudphone.huawei.model.ListImagesRequest;
import io.cloudphone.huawei.model.ListImagesResponse;
import io.cloudphone.huawei.model.ListProjectTagsRequest;
import io.cloudphone.huawei.model.ListProjectTagsResponse;
import io.cloudphone.huawei.model.ListResourceInstancesRequest;
import io.cloudphone.huawei.model.ListResourceInstancesResponse;
import io.cloudphone.huawei.model.ListResourceTagsRequest;
import io.cloudphone.huawei.model.ListResourceTagsResponse;
import io.cloudphone.huawei.model.ResourceMatch;
import io.cloudphone.huawei.model.ResourceTag;
import io.cloudphone.huawei.model.TagFilter;
import io.cloudphone.huawei.model.TaggedResource;
import io.cloudphone.huawei.model.UpdateImageMemberRequest;
import io.cloudphone.huawei.model.UpdateImageMemberResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Custom images, image sharing and server tags on the wire. None of these operations is in the seed reference;
 * the fixtures are written from the field tables of Huawei's current API reference (the image member ids and
 * times are those of its examples). BatchCreateTags and BatchDeleteTags answer 204 without a body, so they have
 * no fixture file.
 */
class ImageAndTagOperationsTest extends HuaweiWireTest {
  private static final String IMAGE = "23030320230421e300221a2000004167";
  private static final String MEMBER = "87dc6af96095488d9205b6f31f314b16";
  private static final String SERVER = "8d2c0f7e9b1a4c3d8e5f6a7b8c9d0e1f";
  private static final String IMAGES_PATH = "/v1/" + PROJECT_ID + "/cloud-phone/images";
  private static final ObjectMapper JSON = new ObjectMapper();

  private void enqueueNoContent() {
    server.enqueue(new MockResponse.Builder().code(204).setHeader("X-Request-Id", "req-204").build());
  }

  // ---- images ------------------------------------------------------------------------------------------

  @Test
  void listImages_allFilters_sentAsQueryAndPageParsed() {
    enqueueFixture("ListImages");

    ListImagesResponse response = client.listImages(ListImagesRequest.builder()
        .imageType("private").status(1).offset(0).limit(50).imageName("aosp11-game-base")
        .imageId(IMAGE).createSince(1713312000000L).createUntil(1713398400000L)
        .srcProjectId(MEMBER).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(IMAGES_PATH);
    assertThat(sent.query("image_type")).isEqualTo("private");
    assertThat(sent.query("status")).isEqualTo("1");
    assertThat(sent.query("offset")).isEqualTo("0");
    assertThat(sent.query("limit")).isEqualTo("50");
    assertThat(sent.query("image_name")).isEqualTo("aosp11-game-base");
    assertThat(sent.query("image_id")).isEqualTo(IMAGE);
    assertThat(sent.query("create_since")).isEqualTo("1713312000000");
    assertThat(sent.query("create_until")).isEqualTo("1713398400000");
    assertThat(sent.query("src_project_id")).isEqualTo(MEMBER);
    assertThat(sent.bodyText()).isEmpty();

    assertThat(response.total()).hasValue(2);
    assertThat(response.requestId()).hasValue("6e1b3c0f2a4d4f0a9c8e7d6b5a493827");
    CustomImage own = response.imageInfos().get(0);
    assertThat(own.imageId()).hasValue(IMAGE);
    assertThat(own.imageSize()).hasValue(4831838208L);
    assertThat(own.imageType()).hasValue("private");
    assertThat(own.status()).hasValue(1);
    assertThat(own.projectId()).isPresent();
    assertThat(own.srcProjectId()).isEmpty();
    CustomImage shared = response.imageInfos().get(1);
    assertThat(shared.imageType()).hasValue("share");
    assertThat(shared.srcProjectId()).hasValue(MEMBER);
    assertThat(shared.projectId()).isEmpty();
    // Huawei does not document the time format of this listing, so the text is kept as sent.
    assertThat(shared.createTime()).hasValue("2024-05-02T08:05:46Z");
  }

  @Test
  void listImagesPaged_noFilters_walksOffsetsUntilTotal() {
    enqueueJson(200, "{\"total\":3,\"image_infos\":[{\"image_id\":\"i0\"},{\"image_id\":\"i1\"}]}");
    enqueueJson(200, "{\"total\":3,\"image_infos\":[{\"image_id\":\"i2\"}]}");

    List<String> ids = client.listImagesPaged(ListImagesRequest.builder().limit(2).build()).stream()
        .map(image -> image.imageId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("i0", "i1", "i2");
    assertThat(List.of(takeRequest().query("offset"), takeRequest().query("offset"))).containsExactly("0", "2");
  }

  @Test
  void deleteImage_imageId_deletesImagePathWithoutBody() {
    enqueueFixture("DeleteImage");

    DeleteImageResponse response = client.deleteImage(DeleteImageRequest.builder().imageId(IMAGE).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo(IMAGES_PATH + "/" + IMAGE);
    assertThat(sent.queryNames()).isEmpty();
    assertThat(sent.bodyText()).isEmpty();
    assertThat(response.requestId()).hasValue("2b49a942417c48528ed89e4b22ae5cdf");
    assertThat(response.errorCode()).isEmpty();
  }

  @Test
  void deleteImage_refusedInBody_errorCodeAndMessageParsed() {
    enqueueJson(200, "{\"request_id\":\"r-err\",\"error_code\":\"CPS.0005\","
        + "\"error_msg\":\"The image does not exist.\"}");

    DeleteImageResponse response = client.deleteImage(DeleteImageRequest.builder().imageId(IMAGE).build());

    takeRequest();
    assertThat(response.errorCode()).hasValue("CPS.0005");
    assertThat(response.errorMsg()).hasValue("The image does not exist.");
  }

  @Test
  void addImageMember_projectId_postsMemberToImageMembers() {
    enqueueFixture("AddImageMember");

    AddImageMemberResponse response = client.addImageMember(
        AddImageMemberRequest.builder().imageId(IMAGE).member(MEMBER).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(IMAGES_PATH + "/" + IMAGE + "/members");
    assertThat(sent.json()).isEqualTo(json("{\"member\":\"" + MEMBER + "\"}"));
    assertThat(response.requestId()).hasValue("95f25ae6120643ac9e0effd633b37b98");
    assertThat(response.errorCode()).isEmpty();
  }

  @Test
  void listImageMembers_imageId_membersParsedWithEpochMillisTimes() {
    enqueueFixture("ListImageMembers");

    ListImageMembersResponse response = client.listImageMembers(
        ListImageMembersRequest.builder().imageId(IMAGE).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(IMAGES_PATH + "/" + IMAGE + "/members");
    assertThat(sent.bodyText()).isEmpty();
    assertThat(response.members()).extracting(m -> m.memberId().orElseThrow())
        .containsExactly(MEMBER, "6733a7ad58694af18c7ee4820052d63f");
    ImageMember first = response.members().get(0);
    assertThat(first.imageId()).hasValue(IMAGE);
    assertThat(first.createTime()).hasValue(Instant.ofEpochMilli(1713320018058L));
    assertThat(first.updateTime()).hasValue(Instant.ofEpochMilli(1713320018058L));
  }

  @Test
  void deleteImageMember_imageAndProject_deletesMemberPathWithoutBody() {
    enqueueFixture("DeleteImageMember");

    DeleteImageMemberResponse response = client.deleteImageMember(
        DeleteImageMemberRequest.builder().imageId(IMAGE).memberId(MEMBER).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo(IMAGES_PATH + "/" + IMAGE + "/members/" + MEMBER);
    assertThat(sent.bodyText()).isEmpty();
    assertThat(response.requestId()).hasValue("95f25ae6120643ac9e0effd633b37b98");
  }

  @Test
  void updateImageMember_accepted_putsStatusToImageMembers() {
    enqueueFixture("UpdateImageMember");

    UpdateImageMemberResponse response = client.updateImageMember(
        UpdateImageMemberRequest.builder().imageId(IMAGE).status("accepted").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.path()).isEqualTo(IMAGES_PATH + "/" + IMAGE + "/members");
    assertThat(sent.json()).isEqualTo(json("{\"status\":\"accepted\"}"));
    assertThat(response.requestId()).hasValue("95f25ae6120643ac9e0effd633b37b98");
  }

  // ---- tags --------------------------------------------------------------------------------------------

  @Test
  void batchCreateTags_twoTags_postsCreateActionAndAccepts204() {
    enqueueNoContent();

    BatchCreateTagsResponse response = client.batchCreateTags(BatchCreateTagsRequest.builder()
        .resourceId(SERVER).addTags(ResourceTag.of("env", "prod"), ResourceTag.of("team", "game-ops")).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cph-server/" + SERVER + "/tags/action");
    assertThat(sent.json()).isEqualTo(json("{\"action\":\"create\",\"tags\":["
        + "{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"team\",\"value\":\"game-ops\"}]}"));
    assertThat(response).isNotNull();
  }

  @Test
  void batchDeleteTags_oneTag_postsDeleteActionToSamePath() {
    enqueueNoContent();

    BatchDeleteTagsResponse response = client.batchDeleteTags(BatchDeleteTagsRequest.builder()
        .resourceId(SERVER).addTags(ResourceTag.of("env", "prod")).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cph-server/" + SERVER + "/tags/action");
    assertThat(sent.json())
        .isEqualTo(json("{\"action\":\"delete\",\"tags\":[{\"key\":\"env\",\"value\":\"prod\"}]}"));
    assertThat(response).isNotNull();
  }

  @Test
  void listResourceTags_server_getsTagsOfServer() {
    enqueueFixture("ListResourceTags");

    ListResourceTagsResponse response = client.listResourceTags(
        ListResourceTagsRequest.builder().resourceId(SERVER).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cph-server/" + SERVER + "/tags");
    assertThat(sent.bodyText()).isEmpty();
    assertThat(response.tags()).extracting(t -> t.key().orElseThrow() + "=" + t.value().orElseThrow())
        .containsExactly("env=prod", "team=game-ops");
  }

  @Test
  void listProjectTags_page_sentAsQueryAndKeysWithValuesParsed() {
    enqueueFixture("ListProjectTags");

    ListProjectTagsResponse response = client.listProjectTags(
        ListProjectTagsRequest.builder().limit(20).offset(40).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cph-server/tags");
    assertThat(sent.query("limit")).isEqualTo("20");
    assertThat(sent.query("offset")).isEqualTo("40");
    assertThat(response.tags()).hasSize(2);
    assertThat(response.tags().get(0).key()).hasValue("env");
    assertThat(response.tags().get(0).values()).containsExactly("prod", "staging");
  }

  @Test
  void listResourceInstances_tagAndNameConditions_postsFilterWithPagingAsStrings() {
    enqueueFixture("ListResourceInstances");

    ListResourceInstancesResponse response = client.listResourceInstances(ListResourceInstancesRequest.builder()
        .offset(0).limit(100).withoutAnyTag(false)
        .addTags(TagFilter.builder().key("env").addValues("prod", "staging").build())
        .addMatches(ResourceMatch.builder().value("cph-game-host-01").build())
        .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cph-server/resource_instances/action");
    // offset and limit are strings in Huawei's reference.
    assertThat(sent.json()).isEqualTo(json("{\"action\":\"filter\",\"offset\":\"0\",\"limit\":\"100\","
        + "\"without_any_tag\":false,\"tags\":[{\"key\":\"env\",\"values\":[\"prod\",\"staging\"]}],"
        + "\"matches\":[{\"key\":\"resource_name\",\"value\":\"cph-game-host-01\"}]}"));

    assertThat(response.totalCount()).hasValue(2);
    TaggedResource first = response.resources().get(0);
    assertThat(first.resourceId()).hasValue(SERVER);
    assertThat(first.resourceName()).hasValue("cph-game-host-01");
    assertThat(first.tags()).extracting(t -> t.key().orElseThrow()).containsExactly("env", "team");
  }

  @Test
  void listResourceInstances_count_sendsNoEmptyTagOrMatchArraysAndReadsTotal() {
    enqueueJson(200, "{\"total_count\":7}");

    ListResourceInstancesResponse response = client.listResourceInstances(
        ListResourceInstancesRequest.builder().action("count").build());

    // Unset lists are left out rather than sent as [] (issue 11): Huawei's own SDK omits them, and a service may
    // read an empty list differently from none.
    assertThat(takeRequest().json()).isEqualTo(json("{\"action\":\"count\"}"));
    assertThat(response.totalCount()).hasValue(7);
    assertThat(response.resources()).isEmpty();
  }

  /** The one empty list that is sent: a tag filter's values, where empty means "any value of this key". */
  @Test
  void listResourceInstances_tagWithoutValues_sendsEmptyValuesMeaningAnyValue() {
    enqueueJson(200, "{\"total_count\":1}");

    client.listResourceInstances(ListResourceInstancesRequest.builder().action("count")
        .addTags(TagFilter.builder().key("env").build()).build());

    assertThat(takeRequest().json()).isEqualTo(json("{\"action\":\"count\","
        + "\"tags\":[{\"key\":\"env\",\"values\":[]}]}"));
  }

  @Test
  void listResourceInstances_serverError_retriedBecauseTheQueryOnlyReads() {
    HuaweiCphClient retrying = clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(2)
        .backoff(Backoff.builder().initialDelay(Duration.ofSeconds(1)).jitter(0).build()).build()).build();
    enqueueJson(503, "{\"error_code\":\"CPS.0003\",\"error_msg\":\"Service internal error.\"}");
    enqueueFixture("ListResourceInstances");

    ListResourceInstancesResponse response =
        retrying.listResourceInstances(ListResourceInstancesRequest.builder().build());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(response.totalCount()).hasValue(2);
  }

  // ---- documented limits, checked before anything is sent ---------------------------------------------

  static Stream<Arguments> invalidRequests() {
    String key128 = "k".repeat(128);
    String value256 = "v".repeat(256);
    List<TagFilter> elevenTags = IntStream.range(0, 11)
        .mapToObj(i -> TagFilter.builder().key("k" + i).build()).collect(Collectors.toList());
    return Stream.of(
        // field, what is wrong, the call
        Arguments.of("limit", "ListImages limit 0",
            call(c -> c.listImages(ListImagesRequest.builder().limit(0).build()))),
        Arguments.of("limit", "ListImages limit 101",
            call(c -> c.listImages(ListImagesRequest.builder().limit(101).build()))),
        Arguments.of("offset", "ListImages negative offset",
            call(c -> c.listImages(ListImagesRequest.builder().offset(-1).build()))),
        Arguments.of("create_since", "ListImages negative create_since",
            call(c -> c.listImages(ListImagesRequest.builder().createSince(-1L).build()))),
        Arguments.of("image_id", "DeleteImage blank image id",
            call(c -> c.deleteImage(DeleteImageRequest.builder().imageId(" ").build()))),
        Arguments.of("member", "AddImageMember blank member",
            call(c -> c.addImageMember(AddImageMemberRequest.builder().imageId(IMAGE).member("").build()))),
        Arguments.of("member_id", "DeleteImageMember blank member id",
            call(c -> c.deleteImageMember(DeleteImageMemberRequest.builder().imageId(IMAGE).memberId(" ")
                .build()))),
        Arguments.of("image_id", "ListImageMembers blank image id",
            call(c -> c.listImageMembers(ListImageMembersRequest.builder().imageId("").build()))),
        Arguments.of("status", "UpdateImageMember status outside accepted/rejected",
            call(c -> c.updateImageMember(UpdateImageMemberRequest.builder().imageId(IMAGE).status("accept")
                .build()))),
        Arguments.of("tags", "BatchCreateTags without tags",
            call(c -> c.batchCreateTags(BatchCreateTagsRequest.builder().resourceId(SERVER).build()))),
        Arguments.of("tags", "BatchDeleteTags without tags",
            call(c -> c.batchDeleteTags(BatchDeleteTagsRequest.builder().resourceId(SERVER).build()))),
        Arguments.of("resource_id", "BatchCreateTags blank resource id",
            call(c -> c.batchCreateTags(BatchCreateTagsRequest.builder().resourceId(" ")
                .addTags(ResourceTag.of("env", "prod")).build()))),
        Arguments.of("tags.key", "tag key of 128 characters",
            call(c -> c.batchCreateTags(tagged(ResourceTag.of(key128, "prod"))))),
        Arguments.of("tags.key", "empty tag key",
            call(c -> c.batchCreateTags(tagged(ResourceTag.of("", "prod"))))),
        Arguments.of("tags.key", "tag key with a character outside _.:=+-@",
            call(c -> c.batchCreateTags(tagged(ResourceTag.of("env#1", "prod"))))),
        Arguments.of("tags.key", "tag key starting with a space",
            call(c -> c.batchCreateTags(tagged(ResourceTag.of(" env", "prod"))))),
        Arguments.of("tags.key", "tag key with the reserved _sys_ prefix",
            call(c -> c.batchCreateTags(tagged(ResourceTag.of("_sys_enterprise", "prod"))))),
        Arguments.of("tags.value", "tag value of 256 characters",
            call(c -> c.batchDeleteTags(BatchDeleteTagsRequest.builder().resourceId(SERVER)
                .addTags(ResourceTag.of("env", value256)).build()))),
        Arguments.of("tags.value", "tag value ending with a space",
            call(c -> c.batchCreateTags(tagged(ResourceTag.of("env", "prod "))))),
        Arguments.of("resource_id", "ListResourceTags blank resource id",
            call(c -> c.listResourceTags(ListResourceTagsRequest.builder().resourceId("").build()))),
        Arguments.of("limit", "ListProjectTags limit 101",
            call(c -> c.listProjectTags(ListProjectTagsRequest.builder().limit(101).build()))),
        Arguments.of("offset", "ListProjectTags negative offset",
            call(c -> c.listProjectTags(ListProjectTagsRequest.builder().offset(-1).build()))),
        Arguments.of("action", "ListResourceInstances action outside filter/count",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder().action("list").build()))),
        Arguments.of("limit", "ListResourceInstances limit 1001",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder().limit(1001).build()))),
        Arguments.of("offset", "ListResourceInstances negative offset",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder().offset(-1).build()))),
        Arguments.of("tags", "ListResourceInstances with 11 tag keys",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder().addAllTags(elevenTags)
                .build()))),
        Arguments.of("tags", "ListResourceInstances repeating a tag key",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder()
                .addTags(TagFilter.builder().key("env").build(), TagFilter.builder().key("env").build())
                .build()))),
        Arguments.of("tags.values", "tag filter with 11 values",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder()
                .addTags(TagFilter.builder().key("env").addAllValues(
                    IntStream.range(0, 11).mapToObj(i -> "v" + i).collect(Collectors.toList())).build())
                .build()))),
        Arguments.of("tags.values", "tag filter repeating a value",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder()
                .addTags(TagFilter.builder().key("env").addValues("prod", "prod").build()).build()))),
        Arguments.of("tags.values", "tag filter value of 256 characters",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder()
                .addTags(TagFilter.builder().key("env").addValues(value256).build()).build()))),
        Arguments.of("tags.key", "tag filter key of 128 characters",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder()
                .addTags(TagFilter.builder().key(key128).build()).build()))),
        Arguments.of("matches.key", "match on a field other than resource_name",
            call(c -> c.listResourceInstances(ListResourceInstancesRequest.builder()
                .addMatches(ResourceMatch.builder().key("resource_id").value(SERVER).build()).build()))));
  }

  @ParameterizedTest(name = "{1} -> IllegalArgumentException naming {0}")
  @MethodSource("invalidRequests")
  void request_violatingDocumentedLimit_rejectedBeforeSending(String field, String why, ClientCall call) {
    assertThatThrownBy(() -> call.invoke(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
    assertNothingSent();
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  /** One client call of the validation table. */
  @FunctionalInterface
  interface ClientCall {
    void invoke(HuaweiCphClient client);
  }

  private static ClientCall call(ClientCall call) {
    return call;
  }

  private static BatchCreateTagsRequest tagged(ResourceTag tag) {
    return BatchCreateTagsRequest.builder().resourceId(SERVER).addTags(tag).build();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
