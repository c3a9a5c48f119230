package io.cloudphone.alibaba;

import static io.cloudphone.alibaba.WireParams.operationQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cloudphone.alibaba.model.GetNetworkBlacklistRequest;
import io.cloudphone.alibaba.model.GetNetworkBlacklistResponse;
import io.cloudphone.alibaba.model.ListTagResourcesRequest;
import io.cloudphone.alibaba.model.ListTagResourcesResponse;
import io.cloudphone.alibaba.model.SetNetworkBlacklistRequest;
import io.cloudphone.alibaba.model.SetNetworkBlacklistResponse;
import io.cloudphone.alibaba.model.Tag;
import io.cloudphone.alibaba.model.TagResource;
import io.cloudphone.alibaba.model.TagResourcesRequest;
import io.cloudphone.alibaba.model.TagResourcesResponse;
import io.cloudphone.alibaba.model.UntagResourcesRequest;
import io.cloudphone.alibaba.model.UntagResourcesResponse;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Network blacklist and tag operations on the wire: every parameter in the query, tags flattened as
 * {@code Tag.N.Key} / {@code Tag.N.Value}, an empty-string entry kept (it is how a blacklist is cleared), and the
 * tag listing paged by NextToken without a total.
 *
 * <p>Fixtures: {@code GetNetworkBlacklist}, {@code SetNetworkBlacklist} and {@code TagResources} are Alibaba's
 * documented example responses verbatim, and so is {@code UntagResources}; {@code ListTagResources} is the
 * documented example as far as the reference prints it, completed from its per-field example values.
 */
class NetworkBlacklistAndTagOperationsTest extends AlibabaWireTest {

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  @Test
  void getNetworkBlacklist_type_sentAsQueryAndBothListsParsed() {
    enqueueFixture("GetNetworkBlacklist");

    GetNetworkBlacklistResponse response = client.getNetworkBlacklist(GetNetworkBlacklistRequest.builder().type("IP").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("GetNetworkBlacklist");
    assertThat(operationQuery(sent)).containsOnly(entry("Type", "IP"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("A578AD3A-8E7C-54FE-A09F-B060941*****");
    assertThat(response.networkBlacklistModel().orElseThrow().ipBlacklist()).containsExactly("12.34.56.78");
    assertThat(response.networkBlacklistModel().orElseThrow().domainBlacklist()).containsExactly("malicious.com");
  }

  @Test
  void setNetworkBlacklist_bothLists_flattenedInQuery() {
    enqueueFixture("SetNetworkBlacklist");

    SetNetworkBlacklistResponse response = client.setNetworkBlacklist(SetNetworkBlacklistRequest.builder()
        .addIpBlacklist("12.34.56.78", "10.0.0.0/8").addDomainBlacklist("malicious.com").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("SetNetworkBlacklist");
    assertThat(operationQuery(sent)).containsOnly(entry("IpBlacklist.1", "12.34.56.78"),
        entry("IpBlacklist.2", "10.0.0.0/8"), entry("DomainBlacklist.1", "malicious.com"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("2B9E6946-0E2A-5D2B-B275-361DF81F****");
  }

  @Test
  void setNetworkBlacklist_emptyStringEntry_sentSoTheListIsCleared() {
    enqueueFixture("SetNetworkBlacklist");

    client.setNetworkBlacklist(SetNetworkBlacklistRequest.builder().addDomainBlacklist("").build());

    // The reference clears a list when its entry is the empty string; the entry must reach the wire.
    assertThat(operationQuery(takeRequest())).containsOnly(entry("DomainBlacklist.1", ""));
  }

  @Test
  void listTagResources_everyFilter_tagsFlattenedWithRegionIdInQuery() {
    enqueueFixture("ListTagResources");

    ListTagResourcesResponse response = client.listTagResources(ListTagResourcesRequest.builder().maxResults(10)
        .nextToken("AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****").regionId("cn-shanghai")
        .addResourceId("acp-123456abc****").resourceType("ALIYUN::ACP::INSTANCE")
        .addTag(tag("department", "design"), tag("env", "")).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("ListTagResources");
    assertThat(operationQuery(sent)).containsOnly(entry("MaxResults", "10"),
        entry("NextToken", "AAAAAV3MpHK1AP0pfERHZN5pu6kU+SQXzm0H9mu/FiSc****"), entry("RegionId", "cn-shanghai"),
        entry("ResourceId.1", "acp-123456abc****"), entry("ResourceType", "ALIYUN::ACP::INSTANCE"),
        entry("Tag.1.Key", "department"), entry("Tag.1.Value", "design"), entry("Tag.2.Key", "env"),
        entry("Tag.2.Value", ""));
    assertThat(sent.form()).isEmpty();
    assertThat(response.nextToken()).hasValue("AAAAAV3MpHK1AP0pfERHZN5pu6l5V9uONHqPtDLM2U8s****");
    TagResource binding = response.tagResources().get(0);
    assertThat(binding.resourceId()).hasValue("acp-8jwttemxb4t6y****");
    assertThat(binding.resourceType()).hasValue("ALIYUN::ACP::INSTANCE");
    assertThat(binding.tagKey()).hasValue("department");
    assertThat(binding.tagValue()).hasValue("TF");
  }

  @Test
  void listTagResourcesPaged_twoPages_noTotalAndTokenVerbatim() {
    enqueueJson(200, "{'TagResources':[{'ResourceId':'acp-1','TagKey':'a'}],'NextToken':'n+1/*'}".replace('\'', '"'));
    enqueueJson(200, "{'TagResources':[{'ResourceId':'acp-2','TagKey':'a'}],'NextToken':''}".replace('\'', '"'));

    List<String> ids = client.listTagResourcesPaged(ListTagResourcesRequest.builder().regionId("cn-shanghai")
            .resourceType("ALIYUN::ACP::INSTANCE").addTag(tag("a", "1")).build())
        .stream().map(t -> t.resourceId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("acp-1", "acp-2");
    assertThat(operationQuery(takeRequest())).doesNotContainKey("NextToken").containsEntry("Tag.1.Key", "a");
    assertThat(operationQuery(takeRequest())).containsEntry("NextToken", "n+1/*");
  }

  @Test
  void tagResources_resourcesAndTags_flattenedInQuery() {
    enqueueFixture("TagResources");

    TagResourcesResponse response = client.tagResources(TagResourcesRequest.builder()
        .resourceType("ALIYUN::ACP::INSTANCE").addResourceId("acp-123456ab****", "acp-2")
        .addTag(tag("department", "design")).build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("TagResources");
    assertThat(operationQuery(sent)).containsOnly(entry("ResourceType", "ALIYUN::ACP::INSTANCE"),
        entry("ResourceId.1", "acp-123456ab****"), entry("ResourceId.2", "acp-2"),
        entry("Tag.1.Key", "department"), entry("Tag.1.Value", "design"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("F07A1DA1-E1EB-5CCA-8EED-12F85D32****");
  }

  @Test
  void untagResources_keysOrAll_flattenedInQuery() {
    enqueueFixture("UntagResources");
    enqueueFixture("UntagResources");

    UntagResourcesResponse response = client.untagResources(UntagResourcesRequest.builder()
        .resourceType("ALIYUN::ACP::INSTANCE").addResourceId("acp-1").addTagKey("department", "env").build());
    client.untagResources(UntagResourcesRequest.builder().resourceType("ALIYUN::ACP::INSTANCE")
        .addResourceId("acp-1").all(true).build());

    SentRpcRequest keys = takeRequest();
    assertThat(keys.action()).isEqualTo("UntagResources");
    assertThat(operationQuery(keys)).containsOnly(entry("ResourceType", "ALIYUN::ACP::INSTANCE"),
        entry("ResourceId.1", "acp-1"), entry("TagKey.1", "department"), entry("TagKey.2", "env"));
    assertThat(operationQuery(takeRequest())).containsOnly(entry("ResourceType", "ALIYUN::ACP::INSTANCE"),
        entry("ResourceId.1", "acp-1"), entry("All", "true"));
    assertThat(response.requestId()).hasValue("1A923337-44D9-5CAD-9A53-95084BD4****");
  }

  static Stream<Arguments> invalidRequests() {
    List<String> fiftyOne = Collections.nCopies(51, "acp-x");
    List<Tag> twentyOne = IntStream.range(0, 21).mapToObj(i -> tag("k" + i, "v")).collect(Collectors.toList());
    return Stream.of(
        Arguments.of("ResourceId", (ThrowingCallable) () -> TagResourcesRequest.builder()
            .resourceType("ALIYUN::ACP::INSTANCE").addTag(tag("a", "b")).build()),
        Arguments.of("ResourceId", (ThrowingCallable) () -> TagResourcesRequest.builder()
            .resourceType("ALIYUN::ACP::INSTANCE").addAllResourceId(fiftyOne).addTag(tag("a", "b")).build()),
        Arguments.of("Tag", (ThrowingCallable) () -> TagResourcesRequest.builder()
            .resourceType("ALIYUN::ACP::INSTANCE").addResourceId("acp-1").build()),
        Arguments.of("Tag", (ThrowingCallable) () -> TagResourcesRequest.builder()
            .resourceType("ALIYUN::ACP::INSTANCE").addResourceId("acp-1").addAllTag(twentyOne).build()),
        Arguments.of("ResourceId", (ThrowingCallable) () -> UntagResourcesRequest.builder()
            .resourceType("ALIYUN::ACP::INSTANCE").all(true).build()),
        Arguments.of("TagKey", (ThrowingCallable) () -> UntagResourcesRequest.builder()
            .resourceType("ALIYUN::ACP::INSTANCE").addResourceId("acp-1")
            .addAllTagKey(Collections.nCopies(21, "k")).build()),
        Arguments.of("ResourceId", (ThrowingCallable) () -> ListTagResourcesRequest.builder()
            .addAllResourceId(fiftyOne).build()),
        Arguments.of("Tag", (ThrowingCallable) () -> ListTagResourcesRequest.builder().addAllTag(twentyOne).build()),
        Arguments.of("ResourceId or Tag", (ThrowingCallable) () -> ListTagResourcesRequest.builder()
            .regionId("cn-shanghai").resourceType("ALIYUN::ACP::INSTANCE").build()),
        Arguments.of("IpBlacklist", (ThrowingCallable) () -> SetNetworkBlacklistRequest.builder()
            .addAllIpBlacklist(Collections.nCopies(201, "1.2.3.4")).build()),
        Arguments.of("DomainBlacklist", (ThrowingCallable) () -> SetNetworkBlacklistRequest.builder()
            .addDomainBlacklist("a".repeat(101) + ".com").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void request_outsideDocumentedLimits_refusedNamingTheField(String field, ThrowingCallable attempt) {
    assertThatThrownBy(attempt).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + " ");
    assertNothingSent();
  }

  @Test
  void tagResources_withoutResourceType_refusedNamingIt() {
    assertThatThrownBy(() -> TagResourcesRequest.builder().addResourceId("acp-1").addTag(tag("a", "b")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("resourceType");
    assertNothingSent();
  }
}
