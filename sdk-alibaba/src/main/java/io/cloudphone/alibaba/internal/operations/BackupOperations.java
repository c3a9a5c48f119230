package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.BackupAndroidInstanceRequest;
import io.cloudphone.alibaba.model.BackupAndroidInstanceResponse;
import io.cloudphone.alibaba.model.BackupAppRequest;
import io.cloudphone.alibaba.model.BackupAppResponse;
import io.cloudphone.alibaba.model.DescribeBucketsRequest;
import io.cloudphone.alibaba.model.DescribeBucketsResponse;
import io.cloudphone.alibaba.model.RecoverAndroidInstanceRequest;
import io.cloudphone.alibaba.model.RecoverAndroidInstanceResponse;
import io.cloudphone.alibaba.model.RecoverAppRequest;
import io.cloudphone.alibaba.model.RecoverAppResponse;
import io.cloudphone.core.internal.Operation;

/** Whole-instance and app backup operations of eds-aic 2023-09-30 (OSS), declared as data; every parameter goes to the query. */
public final class BackupOperations {
  private BackupOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** BackupAndroidInstance: starts a full backup of instances to OSS, one file per instance. */
  public static final Operation<BackupAndroidInstanceRequest, BackupAndroidInstanceResponse> BACKUP_ANDROID_INSTANCE =
      Operation.builder("BackupAndroidInstance", POST, "/", BackupAndroidInstanceRequest.class, BackupAndroidInstanceResponse.class)
          .docUrl(DOCS + "backupandroidinstance")
          .build();

  /** BackupApp: starts a backup of selected apps and their data. */
  public static final Operation<BackupAppRequest, BackupAppResponse> BACKUP_APP =
      Operation.builder("BackupApp", POST, "/", BackupAppRequest.class, BackupAppResponse.class)
          .docUrl(DOCS + "backupapp")
          .build();

  /** DescribeBuckets: the OSS buckets usable for backups, with their objects. */
  public static final Operation<DescribeBucketsRequest, DescribeBucketsResponse> DESCRIBE_BUCKETS =
      Operation.builder("DescribeBuckets", POST, "/", DescribeBucketsRequest.class, DescribeBucketsResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describebuckets")
          .build();

  /** RecoverAndroidInstance: restores a full backup onto instances, which restart. */
  public static final Operation<RecoverAndroidInstanceRequest, RecoverAndroidInstanceResponse> RECOVER_ANDROID_INSTANCE =
      Operation.builder("RecoverAndroidInstance", POST, "/", RecoverAndroidInstanceRequest.class, RecoverAndroidInstanceResponse.class)
          .docUrl(DOCS + "recoverandroidinstance")
          .build();

  /** RecoverApp: restores backed-up apps and their data onto instances. */
  public static final Operation<RecoverAppRequest, RecoverAppResponse> RECOVER_APP =
      Operation.builder("RecoverApp", POST, "/", RecoverAppRequest.class, RecoverAppResponse.class)
          .docUrl(DOCS + "recoverapp")
          .build();
}
