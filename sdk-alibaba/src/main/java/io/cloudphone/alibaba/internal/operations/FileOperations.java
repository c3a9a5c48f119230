package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.BackupFileRequest;
import io.cloudphone.alibaba.model.BackupFileResponse;
import io.cloudphone.alibaba.model.DeleteBackupFileRequest;
import io.cloudphone.alibaba.model.DeleteBackupFileResponse;
import io.cloudphone.alibaba.model.DescribeBackupFilesRequest;
import io.cloudphone.alibaba.model.DescribeBackupFilesResponse;
import io.cloudphone.alibaba.model.FetchFileRequest;
import io.cloudphone.alibaba.model.FetchFileResponse;
import io.cloudphone.alibaba.model.RecoveryFileRequest;
import io.cloudphone.alibaba.model.RecoveryFileResponse;
import io.cloudphone.alibaba.model.SendFileRequest;
import io.cloudphone.alibaba.model.SendFileResponse;
import io.cloudphone.core.internal.Operation;

/** File transfer and backup operations of Alibaba Cloud Phone, declared as data. */
public final class FileOperations {
  private FileOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** BackupFile: backs up instance files or apps to OSS; asynchronous. */
  public static final Operation<BackupFileRequest, BackupFileResponse> BACKUP_FILE =
      Operation.builder("BackupFile", POST, "/", BackupFileRequest.class, BackupFileResponse.class)
          .docUrl(DOCS + "backupfile")
          .build();

  /** DeleteBackupFile: deletes backup files. */
  public static final Operation<DeleteBackupFileRequest, DeleteBackupFileResponse> DELETE_BACKUP_FILE =
      Operation.builder("DeleteBackupFile", POST, "/",
              DeleteBackupFileRequest.class, DeleteBackupFileResponse.class)
          .docUrl(DOCS + "deletebackupfile")
          .build();

  /** DescribeBackupFiles: one page of backup files, filtered. */
  public static final Operation<DescribeBackupFilesRequest, DescribeBackupFilesResponse>
      DESCRIBE_BACKUP_FILES =
          Operation.builder("DescribeBackupFiles", POST, "/",
                  DescribeBackupFilesRequest.class, DescribeBackupFilesResponse.class)
              .idempotent(true)
              .docUrl(DOCS + "describebackupfiles")
              .build();

  /** FetchFile: pulls a file from instances up to OSS; asynchronous. */
  public static final Operation<FetchFileRequest, FetchFileResponse> FETCH_FILE =
      Operation.builder("FetchFile", POST, "/", FetchFileRequest.class, FetchFileResponse.class)
          .docUrl(DOCS + "fetchfile")
          .build();

  /** RecoveryFile: restores a backup file onto instances; asynchronous. */
  public static final Operation<RecoveryFileRequest, RecoveryFileResponse> RECOVERY_FILE =
      Operation.builder("RecoveryFile", POST, "/", RecoveryFileRequest.class, RecoveryFileResponse.class)
          .docUrl(DOCS + "recoveryfile")
          .build();

  /** SendFile: pushes a file from OSS onto instances; asynchronous. */
  public static final Operation<SendFileRequest, SendFileResponse> SEND_FILE =
      Operation.builder("SendFile", POST, "/", SendFileRequest.class, SendFileResponse.class)
          .docUrl(DOCS + "sendfile")
          .build();
}
