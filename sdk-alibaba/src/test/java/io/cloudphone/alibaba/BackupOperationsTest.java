package io.cloudphone.alibaba;

import static io.cloudphone.alibaba.WireParams.operationQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.cloudphone.alibaba.model.BackupAndroidInstanceRequest;
import io.cloudphone.alibaba.model.BackupAndroidInstanceResponse;
import io.cloudphone.alibaba.model.BackupAppRequest;
import io.cloudphone.alibaba.model.BackupAppResponse;
import io.cloudphone.alibaba.model.DescribeBucketsRequest;
import io.cloudphone.alibaba.model.DescribeBucketsResponse;
import io.cloudphone.alibaba.model.InstanceBackupResult;
import io.cloudphone.alibaba.model.OssBucket;
import io.cloudphone.alibaba.model.OssObject;
import io.cloudphone.alibaba.model.RecoverAndroidInstanceRequest;
import io.cloudphone.alibaba.model.RecoverAndroidInstanceResponse;
import io.cloudphone.alibaba.model.RecoverAppRequest;
import io.cloudphone.alibaba.model.RecoverAppResponse;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-instance and app backup operations on the wire: every parameter in the query, id lists flattened as
 * {@code AndroidInstanceIdList.N}, one task per instance parsed, and the bucket listing with its nested objects.
 *
 * <p>Fixtures: {@code BackupAndroidInstance} and {@code RecoverAndroidInstance} are Alibaba's documented example
 * responses; {@code RecoverApp} is assembled from its documented per-field example values (RequestId and batch
 * TaskId built); {@code DescribeBuckets} is assembled from the documented per-field example values (Owner, Type and
 * RestoreInfo built); {@code BackupApp} is built from the official SDK's field table in the same shape.
 */
class BackupOperationsTest extends AlibabaWireTest {

  @Test
  void backupAndroidInstance_everyParameter_sentAsQueryAndTaskPerInstanceParsed() {
    enqueueFixture("BackupAndroidInstance");

    BackupAndroidInstanceResponse response = client.backupAndroidInstance(BackupAndroidInstanceRequest.builder()
        .addAndroidInstanceIdList("aic-ig2bdpk374l12****", "acp-2").backupFileName("abc")
        .backupFilePath("oss://cloudphone-saved-bucket-cn-hangzhou-****/backupDir/a.ab")
        .description("this is a backup android instance").uploadEndpoint("oss-cn-hangzhou-internal.aliyuncs.com")
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("BackupAndroidInstance");
    assertThat(operationQuery(sent)).containsOnly(entry("AndroidInstanceIdList.1", "aic-ig2bdpk374l12****"),
        entry("AndroidInstanceIdList.2", "acp-2"), entry("BackupFileName", "abc"),
        entry("BackupFilePath", "oss://cloudphone-saved-bucket-cn-hangzhou-****/backupDir/a.ab"),
        entry("Description", "this is a backup android instance"),
        entry("UploadEndpoint", "oss-cn-hangzhou-internal.aliyuncs.com"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("440D7342-5FC2-5E7C-B2DB-D0B4EAC2BDF1");
    assertThat(response.count()).hasValue(1L);
    assertThat(response.taskId()).hasValue("t-14xwibw7pyrjd****");
    InstanceBackupResult backup = response.data().get(0);
    assertThat(backup.androidInstanceId()).hasValue("acp-34pqe4r0kd9kn****");
    assertThat(backup.backupFileId()).hasValue("bf-b0qbg3pbpjkn7****");
    assertThat(backup.backupFileName()).hasValue("a-58ftsoo90p0qa****.ab");
    assertThat(backup.taskId()).hasValue("t-bp67acfmxazb4p****");
  }

  @Test
  void backupApp_sourceApps_flattenedInQueryAndParsed() {
    enqueueFixture("BackupApp");

    BackupAppResponse response = client.backupApp(BackupAppRequest.builder()
        .addAndroidInstanceIdList("acp-34pqe4r0kd9kn****").addSourceAppList("com.example.xhs", "com.example.b")
        .backupFilePath("oss://cloudphone-saved-bucket-****/apps/").uploadEndpoint("oss-cn-hangzhou.aliyuncs.com")
        .build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("BackupApp");
    assertThat(operationQuery(sent)).containsOnly(entry("AndroidInstanceIdList.1", "acp-34pqe4r0kd9kn****"),
        entry("SourceAppList.1", "com.example.xhs"), entry("SourceAppList.2", "com.example.b"),
        entry("BackupFilePath", "oss://cloudphone-saved-bucket-****/apps/"),
        entry("UploadEndpoint", "oss-cn-hangzhou.aliyuncs.com"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.data()).extracting(b -> b.androidInstanceId().orElseThrow())
        .containsExactly("acp-34pqe4r0kd9kn****");
    assertThat(response.data().get(0).backupFileName()).hasValue("backupApp1");
  }

  @Test
  void describeBuckets_fileType_sentAsQueryAndBucketsWithObjectsParsed() {
    enqueueFixture("DescribeBuckets");

    DescribeBucketsResponse response = client.describeBuckets(DescribeBucketsRequest.builder().fileType("docx").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("DescribeBuckets");
    assertThat(operationQuery(sent)).containsOnly(entry("FileType", "docx"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.code()).hasValue("200");
    assertThat(response.httpStatusCode()).hasValue(200);
    assertThat(response.message()).hasValue("success");
    assertThat(response.success()).hasValue(true);
    OssBucket bucket = response.data().get(0);
    assertThat(bucket.bucketName()).hasValue("zydctest");
    assertThat(bucket.regionId()).hasValue("cn-hangzhou");
    assertThat(bucket.extranetEndpoint()).hasValue("oss-cn-hangzhou.aliyuncs.com");
    assertThat(bucket.intranetEndpoint()).hasValue("oss-cn-hangzhou-internal.aliyuncs.com");
    assertThat(bucket.location()).hasValue("center");
    assertThat(bucket.gmtCreated()).hasValue("2024-05-15 17:33:59");
    OssObject object = bucket.ossObjectList().get(0);
    assertThat(object.bucketName()).hasValue("tf-testacceu-central-1ensbucketlifecycle44222");
    assertThat(object.key()).hasValue("con");
    assertThat(object.eTag()).hasValue("5B3C1A2E053D763E1B002CC607C5A0FE1****");
    assertThat(object.size()).hasValue(9L);
    assertThat(object.lastModified()).hasValue("2012-02-24T08:42:32.000Z");
    assertThat(object.storageClass()).hasValue("ARCHIVE");
    assertThat(object.type()).hasValue("Normal");
    assertThat(object.restoreInfo()).hasValue("ongoing-request=\"true\"");
    assertThat(object.owner().flatMap(o -> o.id())).hasValue("1318131****");
    assertThat(object.owner().flatMap(o -> o.displayName())).hasValue("1318131****");
  }

  @Test
  void describeBuckets_noFilter_sendsNoOperationParameter() {
    enqueueJson(200, "{\"RequestId\":\"r\",\"Data\":[]}");

    DescribeBucketsResponse response = client.describeBuckets(DescribeBucketsRequest.builder().build());

    assertThat(operationQuery(takeRequest())).isEmpty();
    assertThat(response.data()).isEmpty();
  }

  @Test
  void recoverAndroidInstance_byBackupFileId_sentAsQueryAndTaskParsed() {
    enqueueFixture("RecoverAndroidInstance");

    RecoverAndroidInstanceResponse response = client.recoverAndroidInstance(RecoverAndroidInstanceRequest.builder()
        .addAndroidInstanceIdList("acp-ig2bdpk374l12****").backupFileId("bf-azhps4rdyi2th****")
        .backupFilePath("oss://cloudphone-saved-bucket-****/backups/a.ab").uploadEndpoint("oss-cn-hangzhou-internal.aliyuncs.com")
        .uploadType("OSS").build());

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RecoverAndroidInstance");
    assertThat(operationQuery(sent)).containsOnly(entry("AndroidInstanceIdList.1", "acp-ig2bdpk374l12****"),
        entry("BackupFileId", "bf-azhps4rdyi2th****"),
        entry("BackupFilePath", "oss://cloudphone-saved-bucket-****/backups/a.ab"),
        entry("UploadEndpoint", "oss-cn-hangzhou-internal.aliyuncs.com"), entry("UploadType", "OSS"));
    assertThat(sent.form()).isEmpty();
    assertThat(response.requestId()).hasValue("425F351C-3F8E-5218-A520-B6311D0D****");
    assertThat(response.count()).hasValue(1L);
    assertThat(response.taskId()).hasValue("t-1ljew7on6ay0j****");
    assertThat(response.data()).singleElement().satisfies(r -> {
      assertThat(r.androidInstanceId()).hasValue("acp-34pqe4r0kd9kn****");
      assertThat(r.taskId()).hasValue("t-bp67acfmxazb4p****");
    });
  }

  @Test
  void recoverApp_severalInstances_flattenedAndParsedThroughAsyncClient() throws Exception {
    enqueueFixture("RecoverApp");

    RecoverAppResponse response = client.async().recoverApp(RecoverAppRequest.builder()
        .addAndroidInstanceIdList("acp-1", "acp-2").backupFileId("bf-1").backupFilePath("oss://b/apps.ab")
        .uploadType("OSS").build()).get();

    SentRpcRequest sent = takeRequest();
    assertThat(sent.action()).isEqualTo("RecoverApp");
    assertThat(operationQuery(sent)).containsOnly(entry("AndroidInstanceIdList.1", "acp-1"),
        entry("AndroidInstanceIdList.2", "acp-2"), entry("BackupFileId", "bf-1"),
        entry("BackupFilePath", "oss://b/apps.ab"), entry("UploadType", "OSS"));
    assertThat(response.data()).extracting(r -> r.taskId().orElseThrow()).containsExactly("t-22ex666a653gq****");
  }

  static Stream<Arguments> requestsWithoutInstances() {
    return Stream.of(
        Arguments.of("BackupAndroidInstance", (ThrowingCallable) () -> BackupAndroidInstanceRequest.builder()
            .backupFilePath("oss://b/k").uploadEndpoint("oss-cn-hangzhou-internal.aliyuncs.com").build()),
        Arguments.of("BackupApp", (ThrowingCallable) () -> BackupAppRequest.builder().addSourceAppList("a")
            .backupFilePath("oss://b/k").uploadEndpoint("oss-cn-hangzhou.aliyuncs.com").build()),
        Arguments.of("RecoverAndroidInstance", (ThrowingCallable) () -> RecoverAndroidInstanceRequest.builder()
            .backupFileId("bf-1").backupFilePath("oss://b/k").uploadType("OSS").build()),
        Arguments.of("RecoverApp", (ThrowingCallable) () -> RecoverAppRequest.builder().backupFileId("bf-1")
            .backupFilePath("oss://b/k").uploadType("OSS").build()));
  }

  @Test
  void requests_withoutDocumentedRequiredParameters_refusedNamingThem() {
    assertThatThrownBy(() -> BackupAndroidInstanceRequest.builder().addAndroidInstanceIdList("acp-1")
        .backupFilePath("oss://b/k").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("uploadEndpoint");
    assertThatThrownBy(() -> BackupAppRequest.builder().addAndroidInstanceIdList("acp-1")
        .backupFilePath("oss://b/k").uploadEndpoint("oss-cn-hangzhou.aliyuncs.com").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("SourceAppList ");
    assertThatThrownBy(() -> RecoverAndroidInstanceRequest.builder().addAndroidInstanceIdList("acp-1")
        .backupFilePath("oss://b/k").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("uploadType");
    assertThatThrownBy(() -> RecoverAppRequest.builder().addAndroidInstanceIdList("acp-1")
        .backupFilePath("oss://b/k").uploadType("OSS").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("backupFileId");
    assertNothingSent();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestsWithoutInstances")
  void request_withoutInstances_refusedNamingAndroidInstanceIdList(String operation, ThrowingCallable attempt) {
    assertThatThrownBy(attempt).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("AndroidInstanceIdList ");
    assertNothingSent();
  }
}
