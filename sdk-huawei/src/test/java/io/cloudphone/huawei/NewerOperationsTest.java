package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudphone.huawei.internal.operations.ServerLifecycleOperations;
import io.cloudphone.huawei.internal.operations.StorageOperations;
import io.cloudphone.huawei.model.AttachShareFilesystemRequest;
import io.cloudphone.huawei.model.AttachShareFilesystemResponse;
import io.cloudphone.huawei.model.AuthorizeScheduledEventRequest;
import io.cloudphone.huawei.model.AuthorizeScheduledEventResponse;
import io.cloudphone.huawei.model.BatchShowPhoneConnectInfosRequest;
import io.cloudphone.huawei.model.BatchShowPhoneConnectInfosResponse;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerRequest;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerResponse;
import io.cloudphone.huawei.model.ChangeServerExtendParam;
import io.cloudphone.huawei.model.ChangeServerNic;
import io.cloudphone.huawei.model.ChangeServerPublicIp;
import io.cloudphone.huawei.model.CreateCloudPhoneSingleServerRequest;
import io.cloudphone.huawei.model.CreateCloudPhoneSingleServerResponse;
import io.cloudphone.huawei.model.DeleteCloudPhoneServerRequest;
import io.cloudphone.huawei.model.DeleteCloudPhoneServerResponse;
import io.cloudphone.huawei.model.DetachShareFilesystemRequest;
import io.cloudphone.huawei.model.DetachShareFilesystemResponse;
import io.cloudphone.huawei.model.ExpandPhoneDataVolumeSizeRequest;
import io.cloudphone.huawei.model.ExpandPhoneDataVolumeSizeResponse;
import io.cloudphone.huawei.model.ForwardedPort;
import io.cloudphone.huawei.model.Ipv6SharedBandwidth;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelOfferingsRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelOfferingsResponse;
import io.cloudphone.huawei.model.ListScheduledEventsRequest;
import io.cloudphone.huawei.model.ListScheduledEventsResponse;
import io.cloudphone.huawei.model.ListShareAppsSnapshotRequest;
import io.cloudphone.huawei.model.ListShareAppsSnapshotResponse;
import io.cloudphone.huawei.model.NewElasticIp;
import io.cloudphone.huawei.model.PhoneVolumeExpansion;
import io.cloudphone.huawei.model.ScheduledEvent;
import io.cloudphone.huawei.model.ServerBandwidthSpec;
import io.cloudphone.huawei.model.ServerDataVolumeSpec;
import io.cloudphone.huawei.model.SingleServerDataVolume;
import io.cloudphone.huawei.model.SingleServerNic;
import io.cloudphone.huawei.model.SingleServerOrderParam;
import io.cloudphone.huawei.model.SingleServerPublicIp;
import io.cloudphone.huawei.model.UpdateScheduledEventRequest;
import io.cloudphone.huawei.model.UpdateScheduledEventResponse;
import java.time.Instant;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire tests of the operations newer than the seed reference (server lifecycle, storage and connection, scheduled
 * events): what each sends, how its fixture parses, and which documented limits stop a request before it leaves.
 */
class NewerOperationsTest extends HuaweiWireTest {
  private static final String PHONE_A = "1564567b8bab40f34711234cb80d8574";
  private static final String PHONE_B = "1234567b8bab40ffb711234cb80d0234";
  private static final String SERVER_A = "1234567b8bab40ffb711234cb80d0234";
  private static final String SERVER_B = "1678567b8bab40f93711234cb80d0764";

  private static String v1(String rest) {
    return "/v1/" + PROJECT_ID + rest;
  }

  // ---------------------------------------------------------------- storage and connection

  @Test
  void batchShowPhoneConnectInfos_twoPhones_postsIdsAndClientTypeAndParsesTicketsAndErrors() {
    enqueueFixture("BatchShowPhoneConnectInfos");

    BatchShowPhoneConnectInfosResponse response = client.batchShowPhoneConnectInfos(
        BatchShowPhoneConnectInfosRequest.builder().addPhoneIds(PHONE_A, PHONE_B).clientType("ANDROID").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(v1("/cloud-phone/phones/batch-connection"));
    assertThat(sent.encodedQuery()).isNull();
    JsonNode body = sent.json();
    assertThat(body.path("client_type").asText()).isEqualTo("ANDROID");
    assertThat(body.path("phone_ids")).extracting(JsonNode::asText).containsExactly(PHONE_A, PHONE_B);
    assertThat(body.size()).isEqualTo(2);

    assertThat(response.connectInfos()).hasSize(2);
    var first = response.connectInfos().get(0).accessInfo().orElseThrow();
    assertThat(first.accessIp()).hasValue("213.32.43.22");
    assertThat(first.accessIpv6()).hasValue("2001:db8:a583:b62:e5ea:4a6b:de7b:f97d");
    assertThat(first.accessPort()).hasValue(14308);
    assertThat(first.ticket()).hasValue("b1d0f6a7c3e24a5f8e9d0c1b2a3f4e5d");
    // Fixture quirk: one API page documents access_port as a string; the second item sends "14309".
    assertThat(response.connectInfos().get(1).accessInfo().orElseThrow().accessPort()).hasValue(14309);
    assertThat(response.errors()).singleElement().satisfies(error -> {
      assertThat(error.phoneId()).hasValue("1234567b8bab40ffb711234cb8654321z");
      assertThat(error.errorCode()).hasValue("CPS.0005");
    });
  }

  @Test
  void batchShowPhoneConnectInfos_readOnlyPost_declaredReplayable() {
    assertThat(StorageOperations.BATCH_SHOW_PHONE_CONNECT_INFOS.idempotent()).isTrue();
    assertThat(StorageOperations.EXPAND_PHONE_DATA_VOLUME_SIZE.idempotent()).isFalse();
    assertThat(ServerLifecycleOperations.CREATE_CLOUD_PHONE_SINGLE_SERVER.idempotent()).isFalse();
  }

  @Test
  void expandPhoneDataVolumeSize_onePhoneFails_postsNewSizesAndReportsPerPhoneError() {
    enqueueFixture("ExpandPhoneDataVolumeSize");

    ExpandPhoneDataVolumeSizeResponse response = client.expandPhoneDataVolumeSize(
        ExpandPhoneDataVolumeSizeRequest.builder()
            .addPhones(PhoneVolumeExpansion.builder().phoneId("ca6ae3158406452696deade1a1091250").newSize(100).build())
            .addPhones(PhoneVolumeExpansion.builder().phoneId(SERVER_B).newSize(64).build())
            .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(v1("/cloud-phone/phones/expand-volume"));
    JsonNode phones = sent.json().path("phones");
    assertThat(phones.get(0).path("phone_id").asText()).isEqualTo("ca6ae3158406452696deade1a1091250");
    assertThat(phones.get(0).path("new_size").asInt()).isEqualTo(100);
    assertThat(phones.get(1).path("new_size").asInt()).isEqualTo(64);

    assertThat(response.jobs()).hasSize(2);
    assertThat(response.jobs().get(0).jobId()).hasValue("1564567b8bab40f34711234cb80d0123");
    assertThat(response.jobs().get(0).hasError()).isFalse();
    assertThat(response.jobs().get(1).hasError()).isTrue();
    assertThat(response.jobs().get(1).errorCode()).hasValue("CPS.0193");
  }

  @Test
  void attachShareFilesystem_typeOmitted_sendsSfsTurboDefaultAndSubdirectory() {
    enqueueFixture("AttachShareFilesystem");

    AttachShareFilesystemResponse response = client.attachShareFilesystem(AttachShareFilesystemRequest.builder()
        .id("9b0c3e2a-5f1d-4c8e-a7b6-1d2e3f4a5b6c").addServerIds(SERVER_A, SERVER_B).path("/apps/shared").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(v1("/servers/attach-share-filesystem"));
    JsonNode body = sent.json();
    assertThat(body.path("type").asText()).isEqualTo("sfs_turbo");
    assertThat(body.path("id").asText()).isEqualTo("9b0c3e2a-5f1d-4c8e-a7b6-1d2e3f4a5b6c");
    assertThat(body.path("server_ids")).extracting(JsonNode::asText).containsExactly(SERVER_A, SERVER_B);
    assertThat(body.path("path").asText()).isEqualTo("/apps/shared");
    assertThat(response.jobs()).extracting(job -> job.serverId().orElseThrow()).containsExactly(SERVER_A, SERVER_B);
  }

  @Test
  void detachShareFilesystem_oneServer_postsWithoutPathAndParsesJob() {
    enqueueFixture("DetachShareFilesystem");

    DetachShareFilesystemResponse response = client.detachShareFilesystem(DetachShareFilesystemRequest.builder()
        .type("sfs_turbo").id("9b0c3e2a-5f1d-4c8e-a7b6-1d2e3f4a5b6c").addServerIds(SERVER_A).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(v1("/servers/detach-share-filesystem"));
    assertThat(sent.json().has("path")).isFalse();
    assertThat(sent.json().path("server_ids")).extracting(JsonNode::asText).containsExactly(SERVER_A);
    assertThat(response.jobs()).singleElement()
        .satisfies(job -> assertThat(job.jobId()).hasValue("2564567b8bab40f34711234cb80d0124"));
  }

  @Test
  void listShareAppsSnapshot_packageFilter_getsServerPathWithQueryAndParsesSnapshot() {
    enqueueFixture("ListShareAppsSnapshot");

    ListShareAppsSnapshotResponse response = client.listShareAppsSnapshot(ListShareAppsSnapshotRequest.builder()
        .serverId(SERVER_A).limit(50).marker("abc").packageName("com.example.game").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(v1("/servers/" + SERVER_A + "/share-apps-snapshot"));
    assertThat(sent.queryNames()).containsExactlyInAnyOrder("limit", "marker", "package_name");
    assertThat(sent.query("limit")).isEqualTo("50");
    assertThat(sent.query("marker")).isEqualTo("abc");
    assertThat(sent.query("package_name")).isEqualTo("com.example.game");
    assertThat(sent.bodyText()).isEmpty();

    assertThat(response.collectTime()).hasValue(Instant.parse("2025-06-11T08:30:00Z"));
    assertThat(response.shareApps()).hasSize(2);
    assertThat(response.shareApps().get(0).versions()).containsExactly("1.0.3", "1.1.0");
    assertThat(response.pageInfo().orElseThrow().nextMarker()).hasValue("Y29tLmV4YW1wbGUuYnJvd3Nlcg==");
  }

  // ---------------------------------------------------------------- server lifecycle

  @Test
  void changeCloudPhoneServer_customNetwork_postsToServerPathWithNestedBody() {
    enqueueFixture("ChangeCloudPhoneServer");

    ChangeCloudPhoneServerResponse response = client.changeCloudPhoneServer(ChangeCloudPhoneServerRequest.builder()
        .serverId(SERVER_A)
        .phoneModelName("kg1.cp.c20.d64SSD.e1v1")
        .imageId("20060220200717f201120a2300000e91")
        .keypairName("keypair")
        .addPorts(ForwardedPort.builder().name("myServer1").listenPort(20000).internetAccessible("false").build())
        .extendParam(ChangeServerExtendParam.builder().enterpriseProjectId("0").build())
        .tenantVpcId("fca063f6-b942-42a8-9004-e5545f58d6a2")
        .addNics(ChangeServerNic.builder().subnetId("f1cbfc37-eb42-4357-a0ec-9e4f11950908").ipv6Enable(true)
            .ipv6Bandwidth(Ipv6SharedBandwidth.builder().bandWidthId("bw-ipv6").build()).build())
        .publicIp(ChangeServerPublicIp.builder().eip(NewElasticIp.builder().type("5_bgp").build()).build())
        .phoneCountPerIp(2)
        .phoneDataVolume(ServerDataVolumeSpec.builder().volumeType("GPSSD").size(32).build())
        .bandWidth(ServerBandwidthSpec.builder().bandWidthShareType(0).bandWidthSize(300).bandWidthChargeMode(1).build())
        .property("{\"com.cph.mainkeys\":0}")
        .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v2/" + PROJECT_ID + "/cloud-phone/servers/" + SERVER_A + "/change");
    JsonNode body = sent.json();
    assertThat(body.has("server_id")).as("path parameter kept out of the body").isFalse();
    assertThat(body.path("phone_model_name").asText()).isEqualTo("kg1.cp.c20.d64SSD.e1v1");
    assertThat(body.path("ports").get(0).path("listen_port").asInt()).isEqualTo(20000);
    assertThat(body.path("ports").get(0).path("internet_accessible").asText()).isEqualTo("false");
    assertThat(body.path("extend_param").path("enterprise_project_id").asText()).isEqualTo("0");
    assertThat(body.path("nics").get(0).path("ipv6_enable").asBoolean()).isTrue();
    assertThat(body.path("nics").get(0).path("ipv6_bandwidth").path("band_width_id").asText()).isEqualTo("bw-ipv6");
    assertThat(body.path("public_ip").path("eip").path("type").asText()).isEqualTo("5_bgp");
    assertThat(body.path("public_ip").has("ids")).as("empty optional list not sent").isFalse();
    assertThat(body.path("phone_count_per_ip").asInt()).isEqualTo(2);
    assertThat(body.path("phone_data_volume").path("size").asInt()).isEqualTo(32);
    assertThat(body.has("server_share_data_volume")).isFalse();
    assertThat(body.path("band_width").path("band_width_size").asInt()).isEqualTo(300);
    assertThat(body.path("property").asText()).isEqualTo("{\"com.cph.mainkeys\":0}");

    assertThat(response.serverId()).hasValue("1564567b8bab40f34711234cb80d8574");
    assertThat(response.jobId()).hasValue("1564567b8bab40f34711234cb80d0123");
    assertThat(response.errorCode()).isEmpty();
  }

  @Test
  void createCloudPhoneSingleServer_monthlyOrder_postsToV21AndParsesOrder() {
    enqueueFixture("CreateCloudPhoneSingleServer");

    CreateCloudPhoneSingleServerResponse response = client.createCloudPhoneSingleServer(singleServer().build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v2.1/" + PROJECT_ID + "/cloud-phone/servers");
    JsonNode body = sent.json();
    assertThat(body.path("server_name").asText()).isEqualTo("bare-server");
    assertThat(body.path("count").asInt()).isEqualTo(2);
    assertThat(body.path("order_param").path("period_type").asInt()).isEqualTo(2);
    assertThat(body.path("order_param").path("is_auto_pay").asInt()).isEqualTo(1);
    assertThat(body.path("nics").get(0).path("ipv6_band_width_id").asText()).isEqualTo("bw-ipv6");
    assertThat(body.path("public_ip").path("count").asInt()).isEqualTo(1);
    assertThat(body.path("public_ip").path("band_width").path("band_width_share_type").asInt()).isEqualTo(1);
    assertThat(body.path("data_volume").path("size").asInt()).isEqualTo(200);
    assertThat(body.path("availability_zone").asText()).isEqualTo("cn-east-3a");

    assertThat(response.orderId()).hasValue("CS1710111105S8IPB");
    assertThat(response.serverIds()).containsExactly(SERVER_A, SERVER_B);
  }

  @Test
  void deleteCloudPhoneServer_twoServers_sendsIdsInDeleteBody() {
    enqueueFixture("DeleteCloudPhoneServer");

    DeleteCloudPhoneServerResponse response = client.deleteCloudPhoneServer(
        DeleteCloudPhoneServerRequest.builder().addServerIds(SERVER_A, SERVER_B).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo("/v2/" + PROJECT_ID + "/cloud-phone/servers");
    assertThat(sent.json().path("server_ids")).extracting(JsonNode::asText).containsExactly(SERVER_A, SERVER_B);
    assertThat(response.jobId()).hasValue("1564567b8bab40f34711234cb80d5678");
  }

  @Test
  void listCloudPhoneServerModelOfferings_secondPage_sendsMarkerAndParsesSellStatus() {
    enqueueFixture("ListCloudPhoneServerModelOfferings");

    ListCloudPhoneServerModelOfferingsResponse response = client.listCloudPhoneServerModelOfferings(
        ListCloudPhoneServerModelOfferingsRequest.builder().marker("cGh5c2ljYWw=").limit(200).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(v1("/server-model-offerings"));
    assertThat(sent.query("marker")).isEqualTo("cGh5c2ljYWw=");
    assertThat(sent.query("limit")).isEqualTo("200");

    assertThat(response.count()).hasValue(2);
    assertThat(response.models()).extracting(m -> m.sellStatus().orElseThrow()).containsExactly("available", "sellout");
    assertThat(response.models().get(0).availableZone()).hasValue("cn-east-3a");
    assertThat(response.pageInfo().orElseThrow().nextMarker()).isPresent();
  }

  // ---------------------------------------------------------------- scheduled events

  @Test
  void listScheduledEvents_multiValueFilters_repeatQueryKeysAndParseTimes() {
    enqueueFixture("ListScheduledEvents");

    ListScheduledEventsResponse response = client.listScheduledEvents(ListScheduledEventsRequest.builder()
        .serverId(SERVER_A).addState("inquiring", "completed").addType("system-maintenance").limit(20)
        .publishSince(Instant.parse("2026-05-01T00:00:00Z")).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(v1("/cloud-phone/scheduled-events"));
    assertThat(sent.queryValues("state")).containsExactlyInAnyOrder("inquiring", "completed");
    assertThat(sent.queryValues("type")).containsExactly("system-maintenance");
    assertThat(sent.query("server_id")).isEqualTo(SERVER_A);
    assertThat(sent.query("publish_since")).isEqualTo("2026-05-01T00:00:00Z");
    assertThat(sent.query("limit")).isEqualTo("20");
    assertThat(sent.queryNames()).doesNotContain("publish_until", "marker", "event_id");

    assertThat(response.count()).hasValue(2);
    ScheduledEvent pending = response.scheduledEvents().get(0);
    assertThat(pending.state()).hasValue("inquiring");
    assertThat(pending.authorizationType()).isEmpty();
    assertThat(pending.notBeforeDeadline()).hasValue(Instant.parse("2026-06-15T02:00:00Z"));
    ScheduledEvent done = response.scheduledEvents().get(1);
    assertThat(done.serverState()).hasValue(10);
    assertThat(done.finishTime()).hasValue(Instant.parse("2026-05-21T01:45:12Z"));
    // Fixture quirk: the last page carries an empty next_marker rather than omitting it.
    assertThat(response.pageInfo().orElseThrow().nextMarker()).hasValue("");
  }

  @Test
  void authorizeScheduledEvent_maintenanceAtTime_postsTypeAndStartOutsidePath() {
    enqueueFixture("AuthorizeScheduledEvent");

    AuthorizeScheduledEventResponse response = client.authorizeScheduledEvent(AuthorizeScheduledEventRequest.builder()
        .eventId("0ead944a-72e8-494f-89ba-5846fb7ac5c0").authorizationType("maintenance")
        .notBefore("2026-06-08T10:43:00Z").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path())
        .isEqualTo(v1("/cloud-phone/scheduled-events/0ead944a-72e8-494f-89ba-5846fb7ac5c0/authorize"));
    JsonNode body = sent.json();
    assertThat(body.has("event_id")).isFalse();
    assertThat(body.path("authorization_type").asText()).isEqualTo("maintenance");
    assertThat(body.path("not_before").asText()).isEqualTo("2026-06-08T10:43:00Z");
    assertThat(response.requestId()).hasValue("95f25ae6120643ac9e0effd633b37b98");
  }

  @Test
  void updateScheduledEvent_emptyStart_putsEmptyStringMeaningNow() {
    enqueueFixture("UpdateScheduledEvent");

    UpdateScheduledEventResponse response = client.updateScheduledEvent(UpdateScheduledEventRequest.builder()
        .eventId("0ead944a-72e8-494f-89ba-5846fb7ac5c0").notBefore("").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.path()).isEqualTo(v1("/cloud-phone/scheduled-events/0ead944a-72e8-494f-89ba-5846fb7ac5c0"));
    assertThat(sent.json().path("not_before").isTextual()).isTrue();
    assertThat(sent.json().path("not_before").asText()).isEmpty();
    assertThat(sent.json().size()).isEqualTo(1);
    assertThat(response.requestId()).hasValue("135d898e69344a13925a0899e1a4ac53");
  }

  // ---------------------------------------------------------------- documented limits

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitViolations")
  void documentedLimit_violated_rejectedBeforeSending(String violation, String field, Consumer<HuaweiCphClient> call) {
    assertThatThrownBy(() -> call.accept(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field);
    assertNothingSent();
  }

  static Stream<Arguments> limitViolations() {
    return Stream.of(
        violation("11 phone ids", "phone_ids", c -> c.batchShowPhoneConnectInfos(
            BatchShowPhoneConnectInfosRequest.builder().phoneIds(ids("p", 11)).clientType("ANDROID").build())),
        violation("unknown client type", "client_type", c -> c.batchShowPhoneConnectInfos(
            BatchShowPhoneConnectInfosRequest.builder().addPhoneIds(PHONE_A).clientType("LINUX").build())),
        violation("no phones to expand", "phones", c -> c.expandPhoneDataVolumeSize(
            ExpandPhoneDataVolumeSizeRequest.builder().build())),
        violation("data disk over 32768 GiB", "new_size", c -> c.expandPhoneDataVolumeSize(
            ExpandPhoneDataVolumeSizeRequest.builder()
                .addPhones(PhoneVolumeExpansion.builder().phoneId(PHONE_A).newSize(32769).build()).build())),
        violation("mount on 21 servers", "server_ids", c -> c.attachShareFilesystem(
            AttachShareFilesystemRequest.builder().id("fs").serverIds(ids("s", 21)).build())),
        violation("unmount from no server", "server_ids", c -> c.detachShareFilesystem(
            DetachShareFilesystemRequest.builder().id("fs").build())),
        violation("snapshot page of 501", "limit", c -> c.listShareAppsSnapshot(
            ListShareAppsSnapshotRequest.builder().serverId(SERVER_A).limit(501).build())),
        violation("package name without a dot", "package_name", c -> c.listShareAppsSnapshot(
            ListShareAppsSnapshotRequest.builder().serverId(SERVER_A).packageName("example").build())),
        violation("package name starting with a digit", "package_name", c -> c.listShareAppsSnapshot(
            ListShareAppsSnapshotRequest.builder().serverId(SERVER_A).packageName("1com.example").build())),
        violation("package name of 129 characters", "package_name", c -> c.listShareAppsSnapshot(
            ListShareAppsSnapshotRequest.builder().serverId(SERVER_A)
                .packageName("com." + "a".repeat(125)).build())),
        violation("offerings page of 1001", "limit", c -> c.listCloudPhoneServerModelOfferings(
            ListCloudPhoneServerModelOfferingsRequest.builder().limit(1001).build())),
        violation("no servers to delete", "server_ids", c -> c.deleteCloudPhoneServer(
            DeleteCloudPhoneServerRequest.builder().build())),
        violation("phone flavor over 64 bytes", "phone_model_name", c -> c.changeCloudPhoneServer(
            change().phoneModelName("m".repeat(65)).build())),
        violation("image id over 32 bytes", "image_id", c -> c.changeCloudPhoneServer(
            change().imageId("i".repeat(33)).build())),
        violation("property over 8192 characters", "property", c -> c.changeCloudPhoneServer(
            change().property("x".repeat(8193)).build())),
        violation("swap without a NIC", "nics", c -> c.changeCloudPhoneServer(
            change().nics(Collections.emptyList()).build())),
        violation("port below 10000", "listen_port", c -> c.changeCloudPhoneServer(
            change().addPorts(ForwardedPort.builder().name("web").listenPort(9999).internetAccessible("true").build())
                .build())),
        violation("reserved port name adb", "name", c -> c.changeCloudPhoneServer(
            change().addPorts(ForwardedPort.builder().name("adb").listenPort(20000).internetAccessible("true").build())
                .build())),
        violation("two existing EIPs", "ids", c -> c.changeCloudPhoneServer(
            change().publicIp(ChangeServerPublicIp.builder().addIds("eip-1", "eip-2").build()).build())),
        violation("phone disk of 5 GiB", "size", c -> c.changeCloudPhoneServer(
            change().phoneDataVolume(ServerDataVolumeSpec.builder().volumeType("SSD").size(5).build()).build())),
        violation("server name of 61 characters", "server_name", c -> c.createCloudPhoneSingleServer(
            singleServer().serverName("s".repeat(61)).build())),
        violation("server name with a space", "server_name", c -> c.createCloudPhoneSingleServer(
            singleServer().serverName("bare server").build())),
        violation("11 servers at once", "count", c -> c.createCloudPhoneSingleServer(
            singleServer().count(11).build())),
        violation("10 monthly periods", "period_num", c -> c.createCloudPhoneSingleServer(
            singleServer().orderParam(SingleServerOrderParam.builder().chargingMode(0).periodType(2).periodNum(10)
                .build()).build())),
        violation("two new EIPs per bare server", "count", c -> c.createCloudPhoneSingleServer(
            singleServer().publicIp(SingleServerPublicIp.builder().type("5_bgp").count(2).build()).build())),
        violation("bare server data disk of 0 GiB", "size", c -> c.createCloudPhoneSingleServer(
            singleServer().dataVolume(SingleServerDataVolume.builder().volumeType("SSD").size(0).build()).build())),
        violation("bare server image id over 36 bytes", "image_id", c -> c.createCloudPhoneSingleServer(
            singleServer().imageId("i".repeat(37)).build())),
        violation("events page of 101", "limit", c -> c.listScheduledEvents(
            ListScheduledEventsRequest.builder().limit(101).build())),
        violation("unknown authorization type", "authorization_type", c -> c.authorizeScheduledEvent(
            AuthorizeScheduledEventRequest.builder().eventId("e1").authorizationType("reboot").build())),
        violation("blank event id", "event_id", c -> c.updateScheduledEvent(
            UpdateScheduledEventRequest.builder().eventId(" ").notBefore("").build())));
  }

  private static Arguments violation(String name, String field, Consumer<HuaweiCphClient> call) {
    return Arguments.of(name, field, call);
  }

  private static java.util.List<String> ids(String prefix, int count) {
    return Stream.iterate(0, i -> i + 1).limit(count).map(i -> prefix + i).toList();
  }

  /** A valid ChangeCloudPhoneServer request to break one field of. */
  private static ChangeCloudPhoneServerRequest.Builder change() {
    return ChangeCloudPhoneServerRequest.builder()
        .serverId(SERVER_A)
        .phoneModelName("kg1.cp.c20.d64SSD.e1v1")
        .imageId("20060220200717f201120a2300000e91")
        .tenantVpcId("fca063f6-b942-42a8-9004-e5545f58d6a2")
        .addNics(ChangeServerNic.builder().subnetId("f1cbfc37-eb42-4357-a0ec-9e4f11950908").build());
  }

  /** A valid CreateCloudPhoneSingleServer request to break one field of. */
  private static CreateCloudPhoneSingleServerRequest.Builder singleServer() {
    return CreateCloudPhoneSingleServerRequest.builder()
        .serverName("bare-server")
        .serverModelName("physical.rx1.xlarge")
        .count(2)
        .orderParam(SingleServerOrderParam.builder().chargingMode(0).periodType(2).periodNum(1).autoPay(1).build())
        .addNics(SingleServerNic.builder().subnetId("f1cbfc37-eb42-4357-a0ec-9e4f11950908").ipv6Enable(true)
            .ipv6BandWidthId("bw-ipv6").build())
        .publicIp(SingleServerPublicIp.builder().type("5_bgp").count(1)
            .bandWidth(ServerBandwidthSpec.builder().bandWidthShareType(1).bandWidthId("bw-shared").build()).build())
        .availabilityZone("cn-east-3a")
        .dataVolume(SingleServerDataVolume.builder().volumeType("GPSSD").size(200).count(1).build());
  }
}
