package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudphone.huawei.model.BatchExportCloudPhoneDataRequest;
import io.cloudphone.huawei.model.BatchExportCloudPhoneDataResponse;
import io.cloudphone.huawei.model.BatchImportCloudPhoneDataRequest;
import io.cloudphone.huawei.model.BatchImportCloudPhoneDataResponse;
import io.cloudphone.huawei.model.BatchMigrateCloudPhoneRequest;
import io.cloudphone.huawei.model.BatchMigrateCloudPhoneResponse;
import io.cloudphone.huawei.model.CloudPhone;
import io.cloudphone.huawei.model.CloudPhoneAccessInfo;
import io.cloudphone.huawei.model.CloudPhoneDataExport;
import io.cloudphone.huawei.model.CloudPhoneDataImport;
import io.cloudphone.huawei.model.CloudPhoneImage;
import io.cloudphone.huawei.model.CloudPhoneMigration;
import io.cloudphone.huawei.model.CloudPhoneMigrationJob;
import io.cloudphone.huawei.model.CloudPhoneModel;
import io.cloudphone.huawei.model.CloudPhonePropertyUpdate;
import io.cloudphone.huawei.model.CloudPhoneTarget;
import io.cloudphone.huawei.model.ImportTrafficRequest;
import io.cloudphone.huawei.model.ImportTrafficResponse;
import io.cloudphone.huawei.model.ListCloudPhoneImagesRequest;
import io.cloudphone.huawei.model.ListCloudPhoneImagesResponse;
import io.cloudphone.huawei.model.ListCloudPhoneModelsRequest;
import io.cloudphone.huawei.model.ListCloudPhoneModelsResponse;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import io.cloudphone.huawei.model.ResetCloudPhoneRequest;
import io.cloudphone.huawei.model.ResetCloudPhoneResponse;
import io.cloudphone.huawei.model.RestartCloudPhoneRequest;
import io.cloudphone.huawei.model.RestartCloudPhoneResponse;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailResponse;
import io.cloudphone.huawei.model.StopCloudPhoneRequest;
import io.cloudphone.huawei.model.StopCloudPhoneResponse;
import io.cloudphone.huawei.model.SubmittedJob;
import io.cloudphone.huawei.model.UpdateCloudPhonePropertyRequest;
import io.cloudphone.huawei.model.UpdateCloudPhonePropertyResponse;
import io.cloudphone.huawei.model.UpdatePhoneNameRequest;
import io.cloudphone.huawei.model.UpdatePhoneNameResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Wire tests of the cloud phone operations (reference section 5.3): what is sent, and how the answer parses. */
class PhoneOperationsTest extends HuaweiWireTest {
  private static final String PHONES = "/v1/" + PROJECT_ID + "/cloud-phone/phones";
  private static final String PHONE_A = "1234567b8bab40ffb711234cb80d0234";
  private static final String PHONE_B = "1678567b8bab40f93711234cb80d0764";
  private static final String PROPERTY = "{\"sys.prop.writephonenum\":\"13666666666\"}";

  @Test
  void listCloudPhones_filtersAndWindow_sentAsQueryAndPhonesParsed() {
    enqueueFixture("ListCloudPhones");

    ListCloudPhonesResponse response = client.listCloudPhones(ListCloudPhonesRequest.builder()
        .serverId("88b8449b896f3a4f0ad57222dd91909").status(2).offset(0).limit(10).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(PHONES);
    assertThat(sent.queryNames()).containsExactlyInAnyOrder("server_id", "status", "offset", "limit");
    assertThat(sent.query("server_id")).isEqualTo("88b8449b896f3a4f0ad57222dd91909");
    assertThat(sent.query("status")).isEqualTo("2");
    assertThat(sent.query("limit")).isEqualTo("10");
    assertThat(sent.json()).isNull();
    assertThat(response.requestId()).contains("6a63a18b8bab40ffb71ebd9cb80d0085");
    // The 2022 example predates the total count.
    assertThat(response.count()).isEmpty();
    CloudPhone phone = response.phones().get(0);
    assertThat(phone.phoneId()).contains(PHONE_A);
    assertThat(phone.status()).contains(2);
    assertThat(phone.vncEnable()).contains("true");
    assertThat(phone.metadata().flatMap(m -> m.orderId())).contains("CS1710111105S8IPB");
    assertThat(phone.createTime()).contains(Instant.parse("2017-10-10T00:00:00Z"));
  }

  @Test
  void showCloudPhoneDetail_phoneId_inPathAndDetailParsed() {
    enqueueFixture("ShowCloudPhoneDetail");

    ShowCloudPhoneDetailResponse detail = client.showCloudPhoneDetail(
        ShowCloudPhoneDetailRequest.builder().phoneId("1564567b8bab40f34711234cb80d8574").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo(PHONES + "/1564567b8bab40f34711234cb80d8574");
    assertThat(sent.encodedQuery()).isNullOrEmpty();
    assertThat(sent.json()).isNull();
    assertThat(detail.phoneName()).contains("mobile-0049");
    assertThat(detail.imageVersion()).contains("AOSP 7.0");
    // Fixture quirk: the 2025 example sends imei as a JSON number although the table says String.
    assertThat(detail.imei()).contains("869287243397729");
    assertThat(detail.trafficType()).contains("direct");
    assertThat(detail.phoneDataVolume().flatMap(v -> v.volumeType())).contains("GPSSD");
    assertThat(detail.phoneDataVolume().flatMap(v -> v.volumeSize())).contains(10);
    assertThat(detail.property()).contains(
        "{\"sys.prop.writephonenum\":\"13666666666\",\"sys.prop.writeimsi\":\"460021624617113\","
            + "\"sys.prop.writewifissid\":\"test_wifi\"}");
    assertThat(detail.accessInfos()).hasSize(2);
    CloudPhoneAccessInfo first = detail.accessInfos().get(0);
    assertThat(first.listenPort()).contains(38080);
    assertThat(first.accessPort()).contains(14308);
    assertThat(first.publicIp()).contains("213.32.43.210");
    assertThat(first.phoneIpv6()).contains("fd00::aed:3d");
    assertThat(first.deviceIp()).isEqualTo(first.phoneIp());
    assertThat(detail.updateTime()).contains(Instant.parse("2018-11-12T00:00:00Z"));
    assertThat(detail.hasEncrypt()).isEmpty();
  }

  @Test
  void listCloudPhoneModels_statusAndWindow_sentAsQueryAndFlavorsParsed() {
    enqueueFixture("ListCloudPhoneModels");

    ListCloudPhoneModelsResponse response = client.listCloudPhoneModels(
        ListCloudPhoneModelsRequest.builder().status(1).offset(0).limit(50).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/phone-models");
    assertThat(sent.queryNames()).containsExactlyInAnyOrder("status", "offset", "limit");
    assertThat(sent.query("status")).isEqualTo("1");
    assertThat(sent.query("limit")).isEqualTo("50");
    assertThat(response.phoneModels()).hasSize(2);
    CloudPhoneModel qemu = response.phoneModels().get(0);
    assertThat(qemu.phoneModelName()).contains("rx1.cp.c60.d32.e1v1.qemu");
    // Fixture quirk: the seed sends "cpu": 2.0 for a field documented as Integer.
    assertThat(qemu.cpu()).contains(2);
    assertThat(qemu.memory()).contains(3072);
    assertThat(qemu.phoneCapacity()).contains(60);
    assertThat(qemu.extendSpec().orElseThrow()).startsWith("{\"eip_count\": 1");
    assertThat(response.phoneModels().get(1).imageLabel()).contains("cloud_phone");
  }

  @Test
  void listCloudPhoneImages_imageType_sentAsQueryAndImagesParsed() {
    enqueueFixture("ListCloudPhoneImages");

    ListCloudPhoneImagesResponse response = client.listCloudPhoneImages(
        ListCloudPhoneImagesRequest.builder().imageType("public").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/phone-images");
    assertThat(sent.queryNames()).containsExactly("image_type");
    assertThat(sent.query("image_type")).isEqualTo("public");
    assertThat(response.requestId()).contains("5aac6ab146ba76e5b12a3d00a03a9869");
    assertThat(response.phoneImages()).extracting(CloudPhoneImage::imageLabel)
        .containsExactly(Optional.of("cloud_game"), Optional.of("cloud_phone"), Optional.of("qemu_phone"));
    CloudPhoneImage image = response.phoneImages().get(0);
    assertThat(image.visibility()).as("is_public").contains(1);
    assertThat(image.osName()).contains("AOSP7.1.1");
    assertThat(image.supportsEncryption()).isEmpty();
  }

  @Test
  void listCloudPhoneImages_noFilter_sendsNoQuery() {
    enqueueFixture("ListCloudPhoneImages");

    client.listCloudPhoneImages(ListCloudPhoneImagesRequest.builder().build());

    assertThat(takeRequest().encodedQuery()).isNullOrEmpty();
  }

  @Test
  void resetCloudPhone_phonesAndImage_sentAsBodyAndPerPhoneErrorParsed() {
    enqueueFixture("ResetCloudPhone");

    ResetCloudPhoneResponse response = client.resetCloudPhone(ResetCloudPhoneRequest.builder()
        .addPhones(CloudPhoneTarget.builder().phoneId(PHONE_A).property(PROPERTY).build())
        .addPhones(CloudPhoneTarget.builder().phoneId(PHONE_B).build())
        .imageId("1564567b8bab40f34711234cb80d8574")
        .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-reset");
    JsonNode body = sent.json();
    assertThat(fieldNames(body)).containsExactlyInAnyOrder("phones", "image_id");
    assertThat(body.at("/image_id").asText()).isEqualTo("1564567b8bab40f34711234cb80d8574");
    assertThat(body.at("/phones/0/phone_id").asText()).isEqualTo(PHONE_A);
    assertThat(body.at("/phones/0/property").asText()).isEqualTo(PROPERTY);
    assertThat(fieldNames(body.at("/phones/1"))).containsExactly("phone_id");
    assertPerPhoneJobs(response.requestId(), response.jobs());
  }

  @Test
  void restartCloudPhone_phones_sentAsBodyAndPerPhoneErrorParsed() {
    enqueueFixture("RestartCloudPhone");

    RestartCloudPhoneResponse response = client.restartCloudPhone(RestartCloudPhoneRequest.builder()
        .addPhones(CloudPhoneTarget.builder().phoneId(PHONE_A).property(PROPERTY).build())
        .addPhones(CloudPhoneTarget.builder().phoneId(PHONE_B).build())
        .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-restart");
    JsonNode body = sent.json();
    assertThat(fieldNames(body)).containsExactly("phones");
    assertThat(body.at("/phones/0/property").asText()).isEqualTo(PROPERTY);
    assertThat(body.at("/phones/1/phone_id").asText()).isEqualTo(PHONE_B);
    assertPerPhoneJobs(response.requestId(), response.jobs());
  }

  @Test
  void stopCloudPhone_phoneIds_sentAsBodyAndJobsParsed() {
    enqueueFixture("StopCloudPhone");

    StopCloudPhoneResponse response = client.stopCloudPhone(
        StopCloudPhoneRequest.builder().addPhoneIds(PHONE_A, PHONE_B).build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-stop");
    assertThat(sent.json().toString()).isEqualTo("{\"phone_ids\":[\"" + PHONE_A + "\",\"" + PHONE_B + "\"]}");
    assertThat(response.jobs()).extracting(SubmittedJob::jobId).containsExactly(
        Optional.of("1564567b8bab40f34711234cb80d0123"), Optional.of("1564567b8bab40f34711234cb80d5678"));
    assertThat(response.jobs()).noneMatch(SubmittedJob::hasError);
  }

  @Test
  void updatePhoneName_idInPathNameInBody_requestIdParsed() {
    enqueueFixture("UpdatePhoneName");

    UpdatePhoneNameResponse response = client.updatePhoneName(UpdatePhoneNameRequest.builder()
        .phoneId("1564567b8bab40f34711234cb80d8574").phoneName("newName").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("PUT");
    assertThat(sent.path()).isEqualTo(PHONES + "/1564567b8bab40f34711234cb80d8574");
    assertThat(sent.json().toString()).isEqualTo("{\"phone_name\":\"newName\"}");
    assertThat(response.requestId()).contains("135d898e69344a13925a0899e1a4ac53");
  }

  @Test
  void updatePhoneName_chineseName_accepted() {
    enqueueFixture("UpdatePhoneName");

    client.updatePhoneName(UpdatePhoneNameRequest.builder().phoneId(PHONE_A).phoneName("云手机_01").build());

    assertThat(takeRequest().json().at("/phone_name").asText()).isEqualTo("云手机_01");
  }

  @Test
  void updateCloudPhoneProperty_phones_sentAsBodyAndPerPhoneErrorParsed() {
    enqueueFixture("UpdateCloudPhoneProperty");

    UpdateCloudPhonePropertyResponse response = client.updateCloudPhoneProperty(
        UpdateCloudPhonePropertyRequest.builder()
            .addPhones(CloudPhonePropertyUpdate.builder().phoneId(PHONE_A).property(PROPERTY).build())
            .addPhones(CloudPhonePropertyUpdate.builder().phoneId(PHONE_B).property(PROPERTY).build())
            .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-update-property");
    JsonNode body = sent.json();
    assertThat(fieldNames(body)).containsExactly("phones");
    assertThat(body.at("/phones").size()).isEqualTo(2);
    assertThat(body.at("/phones/1/phone_id").asText()).isEqualTo(PHONE_B);
    assertThat(body.at("/phones/1/property").asText()).isEqualTo(PROPERTY);
    assertPerPhoneJobs(response.requestId(), response.jobs());
  }

  @Test
  void batchExportCloudPhoneData_storageInfos_sentAsBodyAndJobParsed() {
    enqueueFixture("BatchExportCloudPhoneData");

    BatchExportCloudPhoneDataResponse response = client.batchExportCloudPhoneData(
        BatchExportCloudPhoneDataRequest.builder()
            .addStorageInfos(CloudPhoneDataExport.builder()
                .phoneId(PHONE_A)
                .addIncludeFiles("/data/app", "/data/local", "/data/media")
                .addExcludeFiles("/data/app/com.xx.xx-*")
                .bucketName("mybucket")
                .objectPath("myimage/v1/xxxxx.tar")
                .build())
            .addStorageInfos(CloudPhoneDataExport.builder()
                .phoneId(PHONE_B).addIncludeFiles("/cache").bucketName("mybucket").objectPath("b/cache.tar")
                .build())
            .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-storage");
    JsonNode body = sent.json();
    assertThat(fieldNames(body)).containsExactly("storage_infos");
    JsonNode first = body.at("/storage_infos/0");
    assertThat(fieldNames(first)).containsExactlyInAnyOrder(
        "phone_id", "include_files", "exclude_files", "bucket_name", "object_path");
    assertThat(first.at("/include_files").toString()).isEqualTo("[\"/data/app\",\"/data/local\",\"/data/media\"]");
    assertThat(first.at("/exclude_files/0").asText()).isEqualTo("/data/app/com.xx.xx-*");
    assertThat(first.at("/object_path").asText()).isEqualTo("myimage/v1/xxxxx.tar");
    // The reference forbids a blank exclude_files, so an empty list is left out rather than sent as [].
    assertThat(fieldNames(body.at("/storage_infos/1"))).doesNotContain("exclude_files");
    assertThat(response.requestId()).contains("6837531fd3f54550927b930180a706bf");
    assertThat(response.jobs()).singleElement().satisfies(job -> {
      assertThat(job.phoneId()).contains(PHONE_A);
      assertThat(job.jobId()).contains("1564567b8bab40f34711234cb80d0123");
      assertThat(job.hasError()).isFalse();
    });
  }

  @Test
  void batchImportCloudPhoneData_restoreInfos_sentAsBodyAndJobParsed() {
    enqueueFixture("BatchImportCloudPhoneData");

    BatchImportCloudPhoneDataResponse response = client.batchImportCloudPhoneData(
        BatchImportCloudPhoneDataRequest.builder()
            .addRestoreInfos(CloudPhoneDataImport.builder()
                .phoneId(PHONE_A).bucketName("mybucket").objectPath("myimage/v1/xxxx.tar").build())
            .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-restore");
    assertThat(sent.json().toString()).isEqualTo("{\"restore_infos\":[{\"phone_id\":\"" + PHONE_A
        + "\",\"bucket_name\":\"mybucket\",\"object_path\":\"myimage/v1/xxxx.tar\"}]}");
    assertThat(response.jobs()).singleElement()
        .satisfies(job -> assertThat(job.jobId()).contains("1564567b8bab40f34711234cb80d0123"));
  }

  @Test
  @SuppressWarnings("deprecation") // BatchMigrateCloudPhone is kept but deprecated: gone from the official SDK.
  void batchMigrateCloudPhone_pairs_sentAsBodyAndPerPairErrorParsed() {
    enqueueFixture("BatchMigrateCloudPhone");

    BatchMigrateCloudPhoneResponse response = client.batchMigrateCloudPhone(
        BatchMigrateCloudPhoneRequest.builder()
            .addMigrateInfos(CloudPhoneMigration.builder()
                .sourcePhoneId(PHONE_A).targetPhoneId("6837531fd3f54550927b930180a706bf").migrateProperty("true")
                .build())
            .addMigrateInfos(CloudPhoneMigration.builder()
                .sourcePhoneId(PHONE_B).targetPhoneId("6637531fd3f54550927b930180a706cf").build())
            .build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo(PHONES + "/batch-migrate");
    JsonNode body = sent.json();
    assertThat(fieldNames(body)).containsExactly("migrate_infos");
    assertThat(fieldNames(body.at("/migrate_infos/0")))
        .containsExactlyInAnyOrder("source_phone_id", "target_phone_id", "is_migrate_property");
    assertThat(body.at("/migrate_infos/0/is_migrate_property").asText()).isEqualTo("true");
    assertThat(fieldNames(body.at("/migrate_infos/1"))).containsExactlyInAnyOrder("source_phone_id", "target_phone_id");
    assertThat(response.jobs()).hasSize(2);
    CloudPhoneMigrationJob started = response.jobs().get(0);
    assertThat(started.targetPhoneId()).contains("6637531fd3f54550927b930180a706cf");
    assertThat(started.jobId()).contains("1564567b8bab40f34711234cb80d0123");
    assertThat(started.hasError()).isFalse();
    // Fixture quirk kept: the failed pair names a truncated source id, which is why it failed.
    CloudPhoneMigrationJob failed = response.jobs().get(1);
    assertThat(failed.sourcePhoneId()).contains("1678567b8bab");
    assertThat(failed.hasError()).isTrue();
    assertThat(failed.errorCode()).contains("CPS.0232");
    assertThat(failed.errorMsg()).contains("Parameter: source_phone_id is invalid.");
    assertThat(failed.jobId()).isEmpty();
  }

  @Test
  void importTraffic_routeAndPhones_sentAsBodyAndJobParsed() {
    enqueueFixture("ImportTraffic");

    ImportTrafficResponse response = client.importTraffic(ImportTrafficRequest.builder()
        .trafficType("routing").addPhoneIds("631056bfb66b4f4ea02ba25f04830cb4").build());

    SentRequest sent = takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/" + PROJECT_ID + "/cloud-phone/phones-traffic");
    JsonNode body = sent.json();
    assertThat(fieldNames(body)).containsExactlyInAnyOrder("traffic_type", "phone_ids");
    assertThat(body.at("/traffic_type").asText()).isEqualTo("routing");
    assertThat(body.at("/phone_ids").toString()).isEqualTo("[\"631056bfb66b4f4ea02ba25f04830cb4\"]");
    assertThat(response.requestId()).contains("f2c85aa5057a496285d8565b19eb01c3");
    assertThat(response.jobs()).singleElement().satisfies(job -> {
      assertThat(job.phoneId()).contains("631056bfb66b4f4ea02ba25f04830cb4");
      assertThat(job.jobId()).contains("5c16af7649c8464cb506e1a777c535bf");
    });
  }

  @SuppressWarnings("deprecation") // includes the deprecated BatchMigrateCloudPhone
  static Stream<Arguments> documentedLimits() {
    return Stream.of(
        limit("ListCloudPhones limit above 100", "limit",
            c -> c.listCloudPhones(ListCloudPhonesRequest.builder().limit(101).build())),
        limit("ListCloudPhones negative offset", "offset",
            c -> c.listCloudPhones(ListCloudPhonesRequest.builder().offset(-1).build())),
        limit("ShowCloudPhoneDetail blank phone id", "phone_id",
            c -> c.showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(" ").build())),
        limit("ListCloudPhoneModels limit 0", "limit",
            c -> c.listCloudPhoneModels(ListCloudPhoneModelsRequest.builder().limit(0).build())),
        limit("ListCloudPhoneModels negative offset", "offset",
            c -> c.listCloudPhoneModels(ListCloudPhoneModelsRequest.builder().offset(-5).build())),
        limit("ListCloudPhoneImages unknown image type", "image_type",
            c -> c.listCloudPhoneImages(ListCloudPhoneImagesRequest.builder().imageType("mine").build())),
        limit("ResetCloudPhone no phones", "phones",
            c -> c.resetCloudPhone(ResetCloudPhoneRequest.builder().build())),
        limit("ResetCloudPhone phone id over 32 bytes", "phone_id",
            c -> c.resetCloudPhone(ResetCloudPhoneRequest.builder()
                .addPhones(CloudPhoneTarget.builder().phoneId(PHONE_A + "0").build()).build())),
        limit("RestartCloudPhone property over 2,048 bytes", "property",
            c -> c.restartCloudPhone(RestartCloudPhoneRequest.builder()
                .addPhones(CloudPhoneTarget.builder().phoneId(PHONE_A).property(jsonOfBytes(2049)).build())
                .build())),
        limit("StopCloudPhone no phone ids", "phone_ids",
            c -> c.stopCloudPhone(StopCloudPhoneRequest.builder().build())),
        limit("UpdatePhoneName name over 60 characters", "phone_name",
            c -> c.updatePhoneName(UpdatePhoneNameRequest.builder()
                .phoneId(PHONE_A).phoneName("n".repeat(61)).build())),
        limit("UpdatePhoneName name with a space", "phone_name",
            c -> c.updatePhoneName(UpdatePhoneNameRequest.builder().phoneId(PHONE_A).phoneName("new name").build())),
        limit("UpdatePhoneName blank phone id", "phone_id",
            c -> c.updatePhoneName(UpdatePhoneNameRequest.builder().phoneId("").phoneName("newName").build())),
        limit("UpdateCloudPhoneProperty no phones", "phones",
            c -> c.updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest.builder().build())),
        limit("UpdateCloudPhoneProperty blank property", "property",
            c -> c.updateCloudPhoneProperty(UpdateCloudPhonePropertyRequest.builder()
                .addPhones(CloudPhonePropertyUpdate.builder().phoneId(PHONE_A).property("").build()).build())),
        limit("BatchExportCloudPhoneData no storage infos", "storage_infos",
            c -> c.batchExportCloudPhoneData(BatchExportCloudPhoneDataRequest.builder().build())),
        limit("BatchExportCloudPhoneData no include files", "include_files",
            c -> c.batchExportCloudPhoneData(exportOf(export().includeFiles(List.of())))),
        limit("BatchExportCloudPhoneData path outside /data and /cache", "include_files",
            c -> c.batchExportCloudPhoneData(exportOf(export().includeFiles(List.of("/system/app"))))),
        limit("BatchExportCloudPhoneData path with a space", "include_files",
            c -> c.batchExportCloudPhoneData(exportOf(export().includeFiles(List.of("/data/my app"))))),
        limit("BatchExportCloudPhoneData path over 4,096 bytes", "include_files",
            c -> c.batchExportCloudPhoneData(exportOf(export().includeFiles(List.of("/data/" + "a".repeat(4091)))))),
        limit("BatchExportCloudPhoneData relative exclude path", "exclude_files",
            c -> c.batchExportCloudPhoneData(exportOf(export().addExcludeFiles("data/app")))),
        limit("BatchExportCloudPhoneData bucket of 2 characters", "bucket_name",
            c -> c.batchExportCloudPhoneData(exportOf(export().bucketName("ab")))),
        limit("BatchExportCloudPhoneData upper-case bucket", "bucket_name",
            c -> c.batchExportCloudPhoneData(exportOf(export().bucketName("MyBucket")))),
        limit("BatchExportCloudPhoneData object path over 1,024 characters", "object_path",
            c -> c.batchExportCloudPhoneData(exportOf(export().objectPath("p".repeat(1025))))),
        limit("BatchExportCloudPhoneData object path with a space", "object_path",
            c -> c.batchExportCloudPhoneData(exportOf(export().objectPath("my image.tar")))),
        limit("BatchImportCloudPhoneData no restore infos", "restore_infos",
            c -> c.batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest.builder().build())),
        limit("BatchImportCloudPhoneData bucket of 64 characters", "bucket_name",
            c -> c.batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest.builder()
                .addRestoreInfos(CloudPhoneDataImport.builder()
                    .phoneId(PHONE_A).bucketName("b".repeat(64)).objectPath("x.tar").build())
                .build())),
        limit("BatchImportCloudPhoneData object path over 1,024 characters", "object_path",
            c -> c.batchImportCloudPhoneData(BatchImportCloudPhoneDataRequest.builder()
                .addRestoreInfos(CloudPhoneDataImport.builder()
                    .phoneId(PHONE_A).bucketName("mybucket").objectPath("p".repeat(1025)).build())
                .build())),
        limit("BatchMigrateCloudPhone no pairs", "migrate_infos",
            c -> c.batchMigrateCloudPhone(BatchMigrateCloudPhoneRequest.builder().build())),
        limit("BatchMigrateCloudPhone blank target", "target_phone_id",
            c -> c.batchMigrateCloudPhone(BatchMigrateCloudPhoneRequest.builder()
                .addMigrateInfos(CloudPhoneMigration.builder().sourcePhoneId(PHONE_A).targetPhoneId(" ").build())
                .build())),
        limit("ImportTraffic unknown route", "traffic_type",
            c -> c.importTraffic(ImportTrafficRequest.builder().trafficType("proxy").addPhoneIds(PHONE_A).build())),
        limit("ImportTraffic 101 phones", "phone_ids",
            c -> c.importTraffic(ImportTrafficRequest.builder().trafficType("direct").phoneIds(ids(101)).build())),
        limit("ImportTraffic no phones", "phone_ids",
            c -> c.importTraffic(ImportTrafficRequest.builder().trafficType("direct").build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedLimits")
  void documentedLimit_violated_throwsNamingFieldAndSendsNothing(String condition, String field, Call call) {
    assertThatThrownBy(() -> call.on(client))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " ");
    assertNothingSent();
  }

  @Test
  void importTraffic_100Phones_accepted() {
    enqueueFixture("ImportTraffic");

    client.importTraffic(ImportTrafficRequest.builder().trafficType("direct").phoneIds(ids(100)).build());

    assertThat(takeRequest().json().at("/phone_ids").size()).isEqualTo(100);
  }

  /** One call of the client, built before the client exists. */
  @FunctionalInterface
  interface Call {
    void on(HuaweiCphClient client);
  }

  private static Arguments limit(String condition, String field, Call call) {
    return Arguments.of(condition, field, call);
  }

  private static void assertPerPhoneJobs(Optional<String> requestId, List<SubmittedJob> jobs) {
    assertThat(requestId).contains("6837531fd3f54550927b930180a706bf");
    assertThat(jobs).hasSize(2);
    assertThat(jobs.get(0).jobId()).contains("1564567b8bab40f34711234cb80d0123");
    assertThat(jobs.get(0).hasError()).isFalse();
    SubmittedJob failed = jobs.get(1);
    assertThat(failed.phoneId()).contains(PHONE_B);
    assertThat(failed.hasError()).isTrue();
    assertThat(failed.errorCode()).contains("CPS.0004");
    assertThat(failed.errorMsg()).contains("Parameter: phone_id is invalid.");
    assertThat(failed.jobId()).isEmpty();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static CloudPhoneDataExport.Builder export() {
    return CloudPhoneDataExport.builder()
        .phoneId(PHONE_A).addIncludeFiles("/data/app").bucketName("mybucket").objectPath("myimage/v1/x.tar");
  }

  private static BatchExportCloudPhoneDataRequest exportOf(CloudPhoneDataExport.Builder export) {
    return BatchExportCloudPhoneDataRequest.builder().addStorageInfos(export.build()).build();
  }

  private static String jsonOfBytes(int bytes) {
    String prefix = "{\"k\":\"";
    String suffix = "\"}";
    return prefix + "v".repeat(bytes - prefix.length() - suffix.length()) + suffix;
  }

  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> String.format("%032x", i)).collect(Collectors.toList());
  }
}
