package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.huawei.model.Bandwidth;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerModelRequest;
import io.cloudphone.huawei.model.ChangeCloudPhoneServerModelResponse;
import io.cloudphone.huawei.model.ChangeServerModelBilling;
import io.cloudphone.huawei.model.CreateCloudPhoneServerRequest;
import io.cloudphone.huawei.model.CreateCloudPhoneServerResponse;
import io.cloudphone.huawei.model.CreateNet2CloudPhoneServerRequest;
import io.cloudphone.huawei.model.CreateNet2CloudPhoneServerResponse;
import io.cloudphone.huawei.model.CustomNetworkBandwidth;
import io.cloudphone.huawei.model.DeleteShareAppsRequest;
import io.cloudphone.huawei.model.DeleteShareAppsResponse;
import io.cloudphone.huawei.model.DeleteShareFilesRequest;
import io.cloudphone.huawei.model.DeleteShareFilesResponse;
import io.cloudphone.huawei.model.ForwardedPort;
import io.cloudphone.huawei.model.Ipv6SharedBandwidth;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelsRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServerModelsResponse;
import io.cloudphone.huawei.model.ListCloudPhoneServersRequest;
import io.cloudphone.huawei.model.ListCloudPhoneServersResponse;
import io.cloudphone.huawei.model.ListShareFilesRequest;
import io.cloudphone.huawei.model.ListShareFilesResponse;
import io.cloudphone.huawei.model.NewElasticIp;
import io.cloudphone.huawei.model.PhoneServer;
import io.cloudphone.huawei.model.PushShareAppsRequest;
import io.cloudphone.huawei.model.PushShareAppsResponse;
import io.cloudphone.huawei.model.PushShareFilesRequest;
import io.cloudphone.huawei.model.PushShareFilesResponse;
import io.cloudphone.huawei.model.RestartCloudPhoneServerRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneServerResponse;
import io.cloudphone.huawei.model.ServerBillingParam;
import io.cloudphone.huawei.model.ServerDataVolumeSpec;
import io.cloudphone.huawei.model.ServerModel;
import io.cloudphone.huawei.model.ServerNic;
import io.cloudphone.huawei.model.ServerPublicIp;
import io.cloudphone.huawei.model.ShowBandwidthDetailRequest;
import io.cloudphone.huawei.model.ShowBandwidthDetailResponse;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneServerDetailResponse;
import io.cloudphone.huawei.model.SubmittedJob;
import io.cloudphone.huawei.model.SystemNetworkBandwidth;
import io.cloudphone.huawei.model.UpdateBandwidthRequest;
import io.cloudphone.huawei.model.UpdateBandwidthResponse;
import io.cloudphone.huawei.model.UpdateServerNameRequest;
import io.cloudphone.huawei.model.UpdateServerNameResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cloud phone server (reference 5.1) and bandwidth (5.2) operations on the wire: what each call sends, how the
 * seed's example answers parse, and which documented limits stop a request before it is sent.
 */
class ServerOperationsTest extends HuaweiWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/v1/" + PROJECT_ID + "/cloud-phone";
  private static final String S1 = "1234567b8bab40ffb711234cb80d0234";
  private static final String S2 = "1678567b8bab40f93711234cb80d0764";

  /** Parses expected JSON written with single quotes. */
  private static JsonNode json(String singleQuoted) {
    try {
      return JSON.readTree(singleQuoted.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ServerBillingParam monthly() {
    return ServerBillingParam.builder().chargingMode(0).periodType(2).periodNum(1).autoPay(1).build();
  }

  // ---------------------------------------------------------------------------------------------- 5.1.1

  @Test
  void listCloudPhoneServers_filters_sentAsQueryAndSeedExampleParsed() {
    enqueueFixture("ListCloudPhoneServers");

    ListCloudPhoneServersResponse response = client.listCloudPhoneServers(ListCloudPhoneServersRequest.builder()
        .offset(0).limit(10).serverName("cph-").networkVersion("v2").status(5).createSince(1600000000000L).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(BASE + "/servers");
    assertThat(sent.queryNames())
        .containsExactlyInAnyOrder("offset", "limit", "server_name", "network_version", "status", "create_since");
    assertThat(sent.query("limit")).isEqualTo("10");
    assertThat(sent.query("server_name")).isEqualTo("cph-");
    assertThat(sent.query("network_version")).isEqualTo("v2");
    assertThat(sent.query("create_since")).isEqualTo("1600000000000");
    assertThat(sent.bodyText()).isEmpty();

    assertThat(response.requestId()).hasValue("4336f6c61d2048c6b58b4368d9d95ecd");
    assertThat(response.count()).isEmpty();
    assertThat(response.servers()).extracting(s -> s.serverId().orElseThrow())
        .containsExactly("4aff349ab539452a85ac5d7442b39377", "6d74b672216d40f39377a99e7f95aa95");
  }

  /**
   * Seed quirk: the reference's example splits the first server into two objects and leaves the second server
   * outside the {@code servers} array. The fixture joins the halves and moves the second server back in.
   */
  @Test
  void listCloudPhoneServers_seedExampleRepaired_firstServerHasBothHalves() {
    enqueueFixture("ListCloudPhoneServers");

    PhoneServer first = client.listCloudPhoneServers(ListCloudPhoneServersRequest.builder().build()).servers().get(0);

    takeRequest();
    assertThat(first.serverName()).hasValue("cph-edgr-1");
    assertThat(first.status()).hasValue(2);
    assertThat(first.addresses()).extracting(a -> a.publicIp().orElseThrow())
        .containsExactly("10.246.175.190", "10.246.171.245");
    assertThat(first.metadata().flatMap(m -> m.orderId())).hasValue("CS21111116336E8RX");
    assertThat(first.networkVersion()).hasValue("v2");
    assertThat(first.createTime()).hasValue(Instant.parse("2021-11-11T08:33:40Z"));
  }

  @Test
  void listCloudPhoneServersPaged_countReported_stopsAtTotal() {
    enqueueJson(200, "{'count':3,'servers':[{'server_id':'a'},{'server_id':'b'}]}".replace('\'', '"'));
    enqueueJson(200, "{'count':3,'servers':[{'server_id':'c'}]}".replace('\'', '"'));

    List<String> ids = client.listCloudPhoneServersPaged(ListCloudPhoneServersRequest.builder().limit(2).build())
        .stream().map(s -> s.serverId().orElseThrow()).collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c");
    assertThat(List.of(takeRequest().query("offset"), takeRequest().query("offset"))).containsExactly("0", "2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------------------- 5.1.2

  /**
   * Seed quirk: the bandwidths of the custom-network example carry {@code "2021-02-18 11:48:40"} although the
   * table documents {@code YYYY-MM-DDTHH:MM:SSZ}; the fixture keeps what the service sends and it parses as UTC.
   */
  @Test
  void showCloudPhoneServerDetail_customNetwork_serverIdInPathAndDetailsParsed() {
    enqueueFixture("ShowCloudPhoneServerDetail");

    ShowCloudPhoneServerDetailResponse detail = client.showCloudPhoneServerDetail(
        ShowCloudPhoneServerDetailRequest.builder().serverId("95bf815ae612435d9ab2af7ad91dcaab").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(BASE + "/servers/95bf815ae612435d9ab2af7ad91dcaab");
    assertThat(sent.queryNames()).isEmpty();
    assertThat(sent.bodyText()).isEmpty();

    assertThat(detail.status()).hasValue(5);
    assertThat(detail.networkVersion()).hasValue("v2");
    assertThat(detail.volumes()).hasSize(3).allSatisfy(v -> assertThat(v.volumeSize()).hasValue(600));
    assertThat(detail.bandWidths()).extracting(b -> b.bandWidthId().orElseThrow())
        .containsExactly("8b85d44b-ac6f-48fb-bbab-e876e9c3502a", "fa788f38-7198-44ec-867b-93d49e2c5c14");
    assertThat(detail.bandWidths().get(0).createTime()).hasValue(Instant.parse("2021-02-18T11:48:40Z"));
    assertThat(detail.bandWidths().get(0).bandWidthChargeMode()).hasValue(1);
    assertThat(detail.securityGroups()).containsExactly("7f46bf9e-9050-48d6-9034-65711f9595f8");
    assertThat(detail.metadata().flatMap(m -> m.productId())).hasValue("OFFI454827367575412738");
  }

  /**
   * Seed quirk: the system-network example lists {@code subnet_cidr} twice; the fixture keeps it once. Its
   * {@code public_ip} values are masked ({@code 10.246.xxx.xxx}) and stay plain strings.
   */
  @Test
  void showCloudPhoneServerDetail_systemNetwork_emptyListsAndMaskedIpsParsed() {
    enqueueFixture("ShowCloudPhoneServerDetail_SystemNetwork");

    ShowCloudPhoneServerDetailResponse detail = client.showCloudPhoneServerDetail(
        ShowCloudPhoneServerDetailRequest.builder().serverId("6edb89150bc742aa81fc8ac4ff047297").build());

    takeRequest();
    assertThat(detail.networkVersion()).hasValue("v1");
    assertThat(detail.securityGroups()).isEmpty();
    assertThat(detail.volumes()).isEmpty();
    assertThat(detail.bandWidths()).isEmpty();
    assertThat(detail.subnetCidr()).hasValue("172.31.0.0/16");
    assertThat(detail.addresses()).singleElement()
        .satisfies(a -> assertThat(a.publicIp()).hasValue("10.246.xxx.xxx"));
    assertThat(detail.createTime()).hasValue(Instant.parse("2020-01-01T00:00:00Z"));
  }

  // ---------------------------------------------------------------------------------------------- 5.1.3

  @Test
  void listCloudPhoneServerModels_productType_sentAsQueryAndFlavorsParsed() {
    enqueueFixture("ListCloudPhoneServerModels");

    ListCloudPhoneServerModelsResponse response = client.listCloudPhoneServerModels(
        ListCloudPhoneServerModelsRequest.builder().productType(0).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(BASE + "/server-models");
    assertThat(sent.query("product_type")).isEqualTo("0");

    ServerModel model = response.serverModels().get(0);
    assertThat(model.serverModelName()).hasValue("physical.rx1.xlarge");
    assertThat(model.cpu()).hasValue(64);
    assertThat(model.memory()).hasValue(256);
    assertThat(model.extendSpec().flatMap(e -> e.gpuCount())).hasValue(3);
    assertThat(model.extendSpec().flatMap(e -> e.bmsFlavor())).hasValue("physical.rg1.xlarge.cph.ondemand");
  }

  // ---------------------------------------------------------------------------------------------- 5.1.4

  @Test
  @SuppressWarnings("deprecation")
  void createCloudPhoneServer_systemNetwork_postedToPhonesWithFullBody() {
    enqueueFixture("CreateCloudPhoneServer");

    CreateCloudPhoneServerResponse response = client.createCloudPhoneServer(CreateCloudPhoneServerRequest.builder()
        .serverName("myPhoneServer").serverModelName("physical.rx1.xlarge").phoneModelName("aphs1.medium.4.aosp")
        .imageId("88b8449b896f3a4f0ad57222dd919899").count(3).keypairName("mykeypair")
        .addPorts(ForwardedPort.builder().name("myServer1").listenPort(20000).internetAccessible("false").build())
        .bandWidth(SystemNetworkBandwidth.builder().bandWidthShareType(0).build())
        .extendParam(monthly())
        .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    // The system-network purchase posts to the phones collection, as documented.
    assertThat(sent.path()).isEqualTo(BASE + "/phones");
    assertThat(sent.json()).isEqualTo(json("{'server_name':'myPhoneServer','server_model_name':'physical.rx1.xlarge',"
        + "'phone_model_name':'aphs1.medium.4.aosp','image_id':'88b8449b896f3a4f0ad57222dd919899','count':3,"
        + "'keypair_name':'mykeypair','ports':[{'name':'myServer1','listen_port':20000,'internet_accessible':'false'}],"
        + "'band_width':{'band_width_share_type':0},"
        + "'extend_param':{'charging_mode':0,'period_type':2,'period_num':1,'is_auto_pay':1}}"));

    assertThat(response.orderId()).hasValue("CS1710111105S8IPB");
    assertThat(response.serverIds()).containsExactly(S1, S2);
  }

  // ---------------------------------------------------------------------------------------------- 5.1.5

  /**
   * Seed quirk: the reference's example request sends {@code "ids": ""} next to {@code eip}; the SDK sends
   * {@code ids} only as the documented array and leaves it out when it is empty, i.e. when a new EIP is requested.
   */
  @Test
  void createNet2CloudPhoneServer_customNetwork_postedToV2WithFullBody() {
    enqueueFixture("CreateNet2CloudPhoneServer");

    CreateNet2CloudPhoneServerResponse response = client.createNet2CloudPhoneServer(
        CreateNet2CloudPhoneServerRequest.builder()
            .serverName("cph-kertus-1110").serverModelName("physical.kg1.4xlarge.cp")
            .phoneModelName("kg1.cp.c20.d64SSD.e1v1").imageId("20060220200717f201120a2300000e91").count(1)
            .keypairName("keypair")
            .addPorts(ForwardedPort.builder().name("myServer2").listenPort(20001).internetAccessible("true").build())
            .extendParam(ServerBillingParam.builder().chargingMode(0).periodType(3).periodNum(10).autoPay(0).build())
            .tenantVpcId("fca063f6-b942-42a8-9004-e5545f58d6a2")
            .addNics(ServerNic.builder().subnetId("f1cbfc37-eb42-4357-a0ec-9e4f11950908").build())
            .publicIp(ServerPublicIp.builder().eip(NewElasticIp.builder().type("5_bgp").build()).build())
            .bandWidth(CustomNetworkBandwidth.builder().bandWidthShareType(0).bandWidthSize(300)
                .bandWidthChargeMode(0).build())
            .availabilityZone("cn-east-3a")
            .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v2/" + PROJECT_ID + "/cloud-phone/servers");
    assertThat(sent.json()).isEqualTo(json("{'server_name':'cph-kertus-1110',"
        + "'server_model_name':'physical.kg1.4xlarge.cp','phone_model_name':'kg1.cp.c20.d64SSD.e1v1',"
        + "'image_id':'20060220200717f201120a2300000e91','count':1,'keypair_name':'keypair',"
        + "'ports':[{'name':'myServer2','listen_port':20001,'internet_accessible':'true'}],"
        + "'extend_param':{'charging_mode':0,'period_type':3,'period_num':10,'is_auto_pay':0},"
        + "'tenant_vpc_id':'fca063f6-b942-42a8-9004-e5545f58d6a2',"
        + "'nics':[{'subnet_id':'f1cbfc37-eb42-4357-a0ec-9e4f11950908'}],"
        + "'public_ip':{'eip':{'type':'5_bgp'}},"
        + "'band_width':{'band_width_share_type':0,'band_width_size':300,'band_width_charge_mode':0},"
        + "'availability_zone':'cn-east-3a'}"));

    assertThat(response.requestId()).hasValue("1564567b8bab40f34711234cb80d8574");
    assertThat(response.productId()).hasValue("00301-25217-0--0");
    assertThat(response.serverIds()).containsExactly(S1, S2);
  }

  /** Fields of the current API reference that the seed's page predates; placed as the official SDK sends them. */
  @Test
  void createNet2CloudPhoneServer_currentReferenceFields_sentWhereTheOfficialSdkPutsThem() {
    enqueueFixture("CreateNet2CloudPhoneServer");

    client.createNet2CloudPhoneServer(net2()
        .nics(List.of(ServerNic.builder().subnetId("f1cbfc37-eb42-4357-a0ec-9e4f11950908").ipv6Enable(true)
            .ipv6Bandwidth(Ipv6SharedBandwidth.builder().bandWidthId("bw-ipv6").build()).build()))
        .publicIp(ServerPublicIp.builder().eip(NewElasticIp.builder().type("5_bgp").build()).count(2).build())
        .phoneCountPerIp(4)
        .phoneDataVolume(ServerDataVolumeSpec.builder().volumeType("GPSSD").size(32).build())
        .serverShareDataVolume(ServerDataVolumeSpec.builder().volumeType("SSD").size(200).build())
        .property("{\"ro.product.brand\":\"HUAWEI\"}")
        .build());

    JsonNode body = takeRequest().json();
    assertThat(body.get("nics")).isEqualTo(json("[{'subnet_id':'f1cbfc37-eb42-4357-a0ec-9e4f11950908',"
        + "'ipv6_enable':true,'ipv6_bandwidth':{'band_width_id':'bw-ipv6'}}]"));
    assertThat(body.get("public_ip")).isEqualTo(json("{'eip':{'type':'5_bgp'},'count':2}"));
    assertThat(body.get("phone_count_per_ip").intValue()).isEqualTo(4);
    assertThat(body.get("phone_data_volume")).isEqualTo(json("{'volume_type':'GPSSD','size':32}"));
    assertThat(body.get("server_share_data_volume")).isEqualTo(json("{'volume_type':'SSD','size':200}"));
    // property is JSON text inside the JSON body, as the reference types it (String), not a nested object.
    assertThat(body.get("property").textValue()).isEqualTo("{\"ro.product.brand\":\"HUAWEI\"}");
  }

  @Test
  void createNet2CloudPhoneServer_noEipWanted_countZeroAloneIsAccepted() {
    enqueueFixture("CreateNet2CloudPhoneServer");

    client.createNet2CloudPhoneServer(net2().publicIp(ServerPublicIp.builder().count(0).build()).build());

    assertThat(takeRequest().json().get("public_ip")).isEqualTo(json("{'count':0}"));
  }

  @Test
  void createNet2CloudPhoneServer_requiredFieldsOnly_noPortsNoEmptyContainers() {
    enqueueFixture("CreateNet2CloudPhoneServer");

    client.createNet2CloudPhoneServer(net2().build());

    JsonNode body = takeRequest().json();
    assertThat(body.has("ports")).as("unset ports are left out, not sent as []").isFalse();
    assertThat(body.has("phone_data_volume")).isFalse();
    assertThat(body.get("nics")).isEqualTo(json("[{'subnet_id':'f1cbfc37-eb42-4357-a0ec-9e4f11950908'}]"));
  }

  // ---------------------------------------------------------------------------------------------- 5.1.6

  @Test
  void restartCloudPhoneServer_twoServers_oneJobEach() {
    enqueueFixture("RestartCloudPhoneServer");

    RestartCloudPhoneServerResponse response = client.restartCloudPhoneServer(
        RestartCloudPhoneServerRequest.builder().addServerIds(S1, S2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(BASE + "/servers/batch-restart");
    assertThat(sent.json()).isEqualTo(json("{'server_ids':['" + S1 + "','" + S2 + "']}"));

    assertThat(response.jobs()).extracting(j -> j.serverId().orElseThrow(), j -> j.jobId().orElseThrow())
        .containsExactly(tuple(S1, "1564567b8bab40f34711234cb80d0123"),
            tuple(S2, "1564567b8bab40f34711234cb80d5678"));
    assertThat(response.jobs()).noneMatch(SubmittedJob::hasError);
  }

  @Test
  void restartCloudPhoneServer_oneServerRefused_perItemErrorKeptBesideTheJob() {
    enqueueJson(200, ("{'request_id':'r1','jobs':[{'server_id':'" + S1 + "','job_id':'j1'},"
        + "{'server_id':'" + S2 + "','error_code':'CPS.0005','error_msg':'The server does not exist.'}]}")
        .replace('\'', '"'));

    RestartCloudPhoneServerResponse response = client.restartCloudPhoneServer(
        RestartCloudPhoneServerRequest.builder().addServerIds(S1, S2).build());

    takeRequest();
    assertThat(response.jobs().get(0).hasError()).isFalse();
    SubmittedJob refused = response.jobs().get(1);
    assertThat(refused.hasError()).isTrue();
    assertThat(refused.serverId()).hasValue(S2);
    assertThat(refused.jobId()).isEmpty();
    assertThat(refused.errorCode()).hasValue("CPS.0005");
    assertThat(refused.errorMsg()).hasValue("The server does not exist.");
  }

  // ------------------------------------------------------------------------------------ 5.1.7 to 5.1.9

  @Test
  void pushShareFiles_obsTar_postedToShareFilesWithBucketAndObject() {
    enqueueFixture("PushShareFiles");

    PushShareFilesResponse response = client.pushShareFiles(PushShareFilesRequest.builder()
        .bucketName("bucket-a").objectPath("my_apps/test.tar").addServerIds(S1, S2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(BASE + "/phones/share-files");
    assertThat(sent.json()).isEqualTo(json("{'bucket_name':'bucket-a','object_path':'my_apps/test.tar',"
        + "'server_ids':['" + S1 + "','" + S2 + "']}"));
    assertThat(response.jobs()).extracting(j -> j.serverId().orElseThrow()).containsExactly(S1, S2);
  }

  @Test
  void listShareFiles_serverIds_sentAsOneCommaSeparatedQueryValue() {
    enqueueFixture("ListShareFiles");

    ListShareFilesResponse response = client.listShareFiles(ListShareFilesRequest.builder()
        .path("/data/data").addServerIds("203a7243181646b190047ade6bfd882d", S2).offset(0).limit(50).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(BASE + "/servers/share-files");
    assertThat(sent.query("path")).isEqualTo("/data/data");
    // Documented as one comma-separated string, unlike the repeated keys Huawei uses for other lists.
    assertThat(sent.queryValues("server_ids")).containsExactly("203a7243181646b190047ade6bfd882d," + S2);
    assertThat(sent.query("limit")).isEqualTo("50");
    assertThat(sent.bodyText()).isEmpty();
    assertThat(response.jobs()).singleElement()
        .satisfies(j -> assertThat(j.jobId()).hasValue("1564567b8bab40f34711234cb80d0123"));
  }

  @Test
  void deleteShareFiles_filePaths_postedToSamePathAsPushWithDistinctBody() {
    enqueueFixture("DeleteShareFiles");

    DeleteShareFilesResponse response = client.deleteShareFiles(DeleteShareFilesRequest.builder()
        .addFilePaths("/data/app", "/data/data/test.apk").addServerIds(S1, S2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(BASE + "/phones/share-files");
    assertThat(sent.json()).isEqualTo(json("{'file_paths':['/data/app','/data/data/test.apk'],"
        + "'server_ids':['" + S1 + "','" + S2 + "']}"));
    assertThat(response.jobs()).hasSize(2).noneMatch(SubmittedJob::hasError);
  }

  // ---------------------------------------------------------------------------------- 5.1.10 and 5.1.11

  @Test
  void pushShareApps_preinstalled_postedToShareApps() {
    enqueueFixture("PushShareApps");

    PushShareAppsResponse response = client.pushShareApps(PushShareAppsRequest.builder()
        .packageName("com.miniteck.miniworld").preInstallApp(1).bucketName("bucket")
        .objectPath("my_apps/test.tar").addServerIds(S1, S2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(BASE + "/phones/share-apps");
    assertThat(sent.json()).isEqualTo(json("{'package_name':'com.miniteck.miniworld','pre_install_app':1,"
        + "'bucket_name':'bucket','object_path':'my_apps/test.tar','server_ids':['" + S1 + "','" + S2 + "']}"));
    assertThat(response.requestId()).hasValue("6837531fd3f54550927b930180a706bf");
    assertThat(response.jobs()).hasSize(2);
  }

  @Test
  void deleteShareApps_packageName_sentAsDeleteWithJsonBody() {
    enqueueFixture("DeleteShareApps");

    DeleteShareAppsResponse response = client.deleteShareApps(DeleteShareAppsRequest.builder()
        .packageName("com.miniteck.miniworld").addServerIds(S1, S2).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo(BASE + "/phones/share-apps");
    assertThat(sent.json()).isEqualTo(json("{'package_name':'com.miniteck.miniworld',"
        + "'server_ids':['" + S1 + "','" + S2 + "']}"));
    assertThat(response.jobs()).extracting(j -> j.jobId().orElseThrow())
        .containsExactly("1564567b8bab40f34711234cb80d0123", "1564567b8bab40f34711234cb80d5678");
  }

  // ---------------------------------------------------------------------------------- 5.1.12 and 5.1.13

  @Test
  void changeCloudPhoneServerModel_autoPay_postedWithExtendParam() {
    enqueueFixture("ChangeCloudPhoneServerModel");

    ChangeCloudPhoneServerModelResponse response = client.changeCloudPhoneServerModel(
        ChangeCloudPhoneServerModelRequest.builder().serverId("a176d8625981453bbafbc0a321d8d6a1")
            .serverModelName("physical.rx1.xlarge.special").phoneModelName("rx1.cp.sp.c105.d8.e5v5")
            .extendParam(ChangeServerModelBilling.builder().autoPay(1).build()).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(BASE + "/servers/change-server-model");
    assertThat(sent.json()).isEqualTo(json("{'server_id':'a176d8625981453bbafbc0a321d8d6a1',"
        + "'server_model_name':'physical.rx1.xlarge.special','phone_model_name':'rx1.cp.sp.c105.d8.e5v5',"
        + "'extend_param':{'is_auto_pay':1}}"));
    assertThat(response.orderId()).hasValue("CS1710111105S8IPB");
    assertThat(response.productId()).hasValue("00301-25217-0--0");
  }

  @Test
  void updateServerName_newName_putToServerPathWithNameOnlyInBody() {
    enqueueFixture("UpdateServerName");

    UpdateServerNameResponse response = client.updateServerName(UpdateServerNameRequest.builder()
        .serverId("1564567b8bab40f34711234cb80d8574").serverName("newName").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.path()).isEqualTo(BASE + "/servers/1564567b8bab40f34711234cb80d8574");
    assertThat(sent.json()).isEqualTo(json("{'server_name':'newName'}"));
    assertThat(response.requestId()).hasValue("135d898e69344a13925a0899e1a4ac53");
  }

  // ---------------------------------------------------------------------------------------------- 5.2

  /** Seed quirk: the example's {@code band_width_id} is not a well-formed UUID; it is kept as an opaque id. */
  @Test
  void showBandwidthDetail_pageWindow_sentAsQueryAndBandwidthParsed() {
    enqueueFixture("ShowBandwidthDetail");

    ShowBandwidthDetailResponse response = client.showBandwidthDetail(
        ShowBandwidthDetailRequest.builder().offset(0).limit(20).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(BASE + "/bandwidths");
    assertThat(sent.query("offset")).isEqualTo("0");
    assertThat(sent.query("limit")).isEqualTo("20");

    Bandwidth bandwidth = response.bandWidths().get(0);
    assertThat(bandwidth.bandWidthId()).hasValue("70bb40-bef5-0e4a-14b116-a5a527fd7432");
    assertThat(bandwidth.bandWidthSize()).hasValue(300);
    assertThat(bandwidth.bandWidthShareType()).hasValue(1);
    assertThat(bandwidth.bandWidthChargeMode()).hasValue(0);
    assertThat(bandwidth.updateTime()).hasValue(Instant.parse("2018-11-12T00:00:00Z"));
  }

  @Test
  void updateBandwidth_newSize_putToBandwidthPath() {
    enqueueFixture("UpdateBandwidth");

    UpdateBandwidthResponse response = client.updateBandwidth(UpdateBandwidthRequest.builder()
        .bandWidthId("8b85d44b-ac6f-48fb-bbab-e876e9c3502a").bandWidthSize(350).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.path()).isEqualTo(BASE + "/bandwidths/8b85d44b-ac6f-48fb-bbab-e876e9c3502a");
    assertThat(sent.json()).isEqualTo(json("{'band_width_size':350}"));
    assertThat(response.requestId()).hasValue("70bb40bef50e4a14b116a5a527fd7432");
  }

  // ------------------------------------------------------------------------------- documented limits

  private static Stream<Arguments> documentedLimits() {
    List<String> hundredAndOne = Collections.nCopies(101, S1);
    return Stream.of(
        limit("limit", () -> ListCloudPhoneServersRequest.builder().limit(101).build()),
        limit("offset", () -> ListCloudPhoneServersRequest.builder().offset(-1).build()),
        limit("network_version", () -> ListCloudPhoneServersRequest.builder().networkVersion("v3").build()),
        limit("server_id", () -> ShowCloudPhoneServerDetailRequest.builder().serverId(" ").build()),
        limit("product_type", () -> ListCloudPhoneServerModelsRequest.builder().productType(2).build()),
        limit("server_name", () -> net2().serverName("x".repeat(61)).build()),
        limit("server_name", () -> net2().serverName("bad name!").build()),
        limit("count", () -> net2().count(11).build()),
        limit("count", () -> net2().count(0).build()),
        limit("image_id", () -> net2().imageId("i".repeat(33)).build()),
        limit("server_model_name", () -> net2().serverModelName("m".repeat(65)).build()),
        limit("keypair_name", () -> net2().keypairName("k".repeat(65)).build()),
        limit("nics", () -> net2().nics(List.of()).build()),
        limit("period_type", () -> ServerBillingParam.builder().chargingMode(0).periodType(1).periodNum(1).build()),
        limit("period_num", () -> ServerBillingParam.builder().chargingMode(0).periodType(2).periodNum(10).build()),
        limit("period_num", () -> ServerBillingParam.builder().chargingMode(0).periodType(3).periodNum(11).build()),
        limit("is_auto_pay", () -> ServerBillingParam.builder().chargingMode(0).periodType(2).periodNum(1)
            .autoPay(2).build()),
        limit("listen_port", () -> ForwardedPort.builder().name("web").listenPort(9999).internetAccessible("true")
            .build()),
        limit("name", () -> ForwardedPort.builder().name("adb").listenPort(20000).internetAccessible("true").build()),
        limit("band_width_size", () -> CustomNetworkBandwidth.builder().bandWidthShareType(0).bandWidthSize(2001)
            .bandWidthChargeMode(0).build()),
        limit("band_width_size", () -> CustomNetworkBandwidth.builder().bandWidthShareType(0)
            .bandWidthChargeMode(1).build()),
        limit("band_width_id", () -> CustomNetworkBandwidth.builder().bandWidthShareType(1)
            .bandWidthChargeMode(0).build()),
        limit("band_width_charge_mode", () -> CustomNetworkBandwidth.builder().bandWidthShareType(0)
            .bandWidthSize(10).bandWidthChargeMode(2).build()),
        limit("band_width_share_type", () -> SystemNetworkBandwidth.builder().build()),
        limit("band_width_size", () -> SystemNetworkBandwidth.builder().bandWidthShareType(1).build()),
        limit("eip", () -> ServerPublicIp.builder().build()),
        limit("eip", () -> ServerPublicIp.builder().count(1).build()),
        limit("ids", () -> ServerPublicIp.builder().eip(NewElasticIp.builder().type("5_bgp").build())
            .addIds("e1").build()),
        limit("count", () -> ServerPublicIp.builder().addIds("e1").count(-1).build()),
        limit("phone_count_per_ip", () -> net2().phoneCountPerIp(0).build()),
        limit("property", () -> net2().property("").build()),
        limit("property", () -> net2().property("x".repeat(8193)).build()),
        limit("size", () -> ServerDataVolumeSpec.builder().volumeType("SSD").size(32769).build()),
        limit("ids", () -> ServerPublicIp.builder().addIds("e1", "e2").build()),
        limit("server_ids", () -> RestartCloudPhoneServerRequest.builder().build()),
        limit("server_ids", () -> RestartCloudPhoneServerRequest.builder().serverIds(hundredAndOne).build()),
        limit("bucket_name", () -> PushShareFilesRequest.builder().bucketName("ab").objectPath("a.tar")
            .addServerIds(S1).build()),
        limit("bucket_name", () -> PushShareFilesRequest.builder().bucketName("Bucket_A").objectPath("a.tar")
            .addServerIds(S1).build()),
        limit("object_path", () -> PushShareFilesRequest.builder().bucketName("bucket").objectPath("a b.tar")
            .addServerIds(S1).build()),
        limit("object_path", () -> PushShareFilesRequest.builder().bucketName("bucket")
            .objectPath("a".repeat(1025)).addServerIds(S1).build()),
        limit("path", () -> ListShareFilesRequest.builder().path("data").addServerIds(S1).build()),
        limit("path", () -> ListShareFilesRequest.builder().path("///").addServerIds(S1).build()),
        limit("path", () -> ListShareFilesRequest.builder().path("/data/../etc").addServerIds(S1).build()),
        limit("path", () -> ListShareFilesRequest.builder().path("/data//x").addServerIds(S1).build()),
        limit("limit", () -> ListShareFilesRequest.builder().path("/data").addServerIds(S1).limit(0).build()),
        limit("server_ids", () -> ListShareFilesRequest.builder().path("/data").build()),
        limit("file_paths", () -> DeleteShareFilesRequest.builder().addFilePaths("data/app").addServerIds(S1)
            .build()),
        limit("file_paths", () -> DeleteShareFilesRequest.builder().addFilePaths("/data/../app").addServerIds(S1)
            .build()),
        limit("file_paths", () -> DeleteShareFilesRequest.builder().addFilePaths("/" + "a".repeat(4096))
            .addServerIds(S1).build()),
        limit("file_paths", () -> DeleteShareFilesRequest.builder().addServerIds(S1).build()),
        limit("pre_install_app", () -> PushShareAppsRequest.builder().packageName("com.a").preInstallApp(2)
            .bucketName("bucket").objectPath("a.tar").addServerIds(S1).build()),
        limit("server_ids", () -> PushShareAppsRequest.builder().packageName("com.a").bucketName("bucket")
            .objectPath("a.tar").serverIds(hundredAndOne).build()),
        limit("package_name", () -> DeleteShareAppsRequest.builder().packageName("nodots").addServerIds(S1).build()),
        limit("package_name", () -> DeleteShareAppsRequest.builder().packageName("_com.a").addServerIds(S1).build()),
        limit("package_name", () -> DeleteShareAppsRequest.builder().packageName("com.a.").addServerIds(S1).build()),
        limit("package_name", () -> DeleteShareAppsRequest.builder().packageName("com." + "a".repeat(125))
            .addServerIds(S1).build()),
        limit("server_model_name", () -> ChangeCloudPhoneServerModelRequest.builder().serverId(S1)
            .serverModelName("m".repeat(65)).phoneModelName("p").build()),
        limit("is_auto_pay", () -> ChangeServerModelBilling.builder().autoPay(3).build()),
        limit("server_name", () -> UpdateServerNameRequest.builder().serverId(S1).serverName("").build()),
        limit("server_name", () -> UpdateServerNameRequest.builder().serverId(S1).serverName("new.name").build()),
        limit("server_id", () -> UpdateServerNameRequest.builder().serverId("").serverName("ok").build()),
        limit("limit", () -> ShowBandwidthDetailRequest.builder().limit(101).build()),
        limit("offset", () -> ShowBandwidthDetailRequest.builder().offset(-1).build()),
        limit("band_width_id", () -> UpdateBandwidthRequest.builder().bandWidthId(" ").bandWidthSize(10).build()),
        limit("band_width_size", () -> UpdateBandwidthRequest.builder().bandWidthId("b1").bandWidthSize(0).build()));
  }

  private static Arguments limit(String field, ThrowingCallable build) {
    return Arguments.of(field, build);
  }

  private static CreateNet2CloudPhoneServerRequest.Builder net2() {
    return CreateNet2CloudPhoneServerRequest.builder()
        .serverName("cph-1").serverModelName("physical.kg1.4xlarge.cp").phoneModelName("kg1.cp.c20.d64SSD.e1v1")
        .imageId("20060220200717f201120a2300000e91").count(1)
        .extendParam(monthly())
        .tenantVpcId("fca063f6-b942-42a8-9004-e5545f58d6a2")
        .addNics(ServerNic.builder().subnetId("f1cbfc37-eb42-4357-a0ec-9e4f11950908").build())
        .publicIp(ServerPublicIp.builder().addIds("eip-1").build())
        .bandWidth(CustomNetworkBandwidth.builder().bandWidthShareType(1).bandWidthId("bw-1")
            .bandWidthChargeMode(0).build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedLimits")
  void request_documentedLimitViolated_rejectedNamingFieldAndNothingSent(String field, ThrowingCallable build) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    assertNothingSent();
  }

  @Test
  void createNet2CloudPhoneServer_chineseServerName_acceptedAsHuaweiSdkDocuments() {
    assertThat(net2().serverName("云手机-1").build().serverName()).isEqualTo("云手机-1");
  }

  @Test
  void updateServerName_invalidNameThroughClient_nothingSent() {
    assertThatThrownBy(() -> client.updateServerName(
        UpdateServerNameRequest.builder().serverId(S1).serverName("x".repeat(61)).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server_name");
    assertNothingSent();
  }
}
