package io.cloudphone.alibaba.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.POST;

import io.cloudphone.alibaba.model.AttachKeyPairRequest;
import io.cloudphone.alibaba.model.AttachKeyPairResponse;
import io.cloudphone.alibaba.model.CreateKeyPairRequest;
import io.cloudphone.alibaba.model.CreateKeyPairResponse;
import io.cloudphone.alibaba.model.DeleteKeyPairsRequest;
import io.cloudphone.alibaba.model.DeleteKeyPairsResponse;
import io.cloudphone.alibaba.model.DescribeKeyPairsRequest;
import io.cloudphone.alibaba.model.DescribeKeyPairsResponse;
import io.cloudphone.alibaba.model.DetachKeyPairRequest;
import io.cloudphone.alibaba.model.DetachKeyPairResponse;
import io.cloudphone.alibaba.model.ImportKeyPairRequest;
import io.cloudphone.alibaba.model.ImportKeyPairResponse;
import io.cloudphone.alibaba.model.ModifyKeyPairNameRequest;
import io.cloudphone.alibaba.model.ModifyKeyPairNameResponse;
import io.cloudphone.core.internal.Operation;

/** ADB key pair operations of Alibaba Cloud Phone, declared as data. */
public final class KeyPairOperations {
  private KeyPairOperations() {}

  private static final String DOCS = "https://www.alibabacloud.com/help/en/ecp/api-eds-aic-2023-09-30-";

  /** AttachKeyPair: puts an ADB key pair on up to 50 instances. */
  public static final Operation<AttachKeyPairRequest, AttachKeyPairResponse> ATTACH_KEY_PAIR =
      Operation.builder("AttachKeyPair", POST, "/", AttachKeyPairRequest.class, AttachKeyPairResponse.class)
          .docUrl(DOCS + "attachkeypair")
          .build();

  /** CreateKeyPair: creates an ADB key pair and returns its private key once. */
  public static final Operation<CreateKeyPairRequest, CreateKeyPairResponse> CREATE_KEY_PAIR =
      Operation.builder("CreateKeyPair", POST, "/", CreateKeyPairRequest.class, CreateKeyPairResponse.class)
          .docUrl(DOCS + "createkeypair")
          .build();

  /** DeleteKeyPairs: deletes ADB key pairs. */
  public static final Operation<DeleteKeyPairsRequest, DeleteKeyPairsResponse> DELETE_KEY_PAIRS =
      Operation.builder("DeleteKeyPairs", POST, "/",
              DeleteKeyPairsRequest.class, DeleteKeyPairsResponse.class)
          .docUrl(DOCS + "deletekeypairs")
          .build();

  /** DescribeKeyPairs: one page of ADB key pairs, filtered. */
  public static final Operation<DescribeKeyPairsRequest, DescribeKeyPairsResponse> DESCRIBE_KEY_PAIRS =
      Operation.builder("DescribeKeyPairs", POST, "/",
              DescribeKeyPairsRequest.class, DescribeKeyPairsResponse.class)
          .idempotent(true)
          .docUrl(DOCS + "describekeypairs")
          .build();

  /** DetachKeyPair: removes an ADB key pair from up to 50 instances. */
  public static final Operation<DetachKeyPairRequest, DetachKeyPairResponse> DETACH_KEY_PAIR =
      Operation.builder("DetachKeyPair", POST, "/", DetachKeyPairRequest.class, DetachKeyPairResponse.class)
          .docUrl(DOCS + "detachkeypair")
          .build();

  /** ImportKeyPair: stores the public half of an ADB key pair made elsewhere. */
  public static final Operation<ImportKeyPairRequest, ImportKeyPairResponse> IMPORT_KEY_PAIR =
      Operation.builder("ImportKeyPair", POST, "/", ImportKeyPairRequest.class, ImportKeyPairResponse.class)
          .docUrl(DOCS + "importkeypair")
          .build();

  /** ModifyKeyPairName: renames an ADB key pair. */
  public static final Operation<ModifyKeyPairNameRequest, ModifyKeyPairNameResponse> MODIFY_KEY_PAIR_NAME =
      Operation.builder("ModifyKeyPairName", POST, "/",
              ModifyKeyPairNameRequest.class, ModifyKeyPairNameResponse.class)
          .docUrl(DOCS + "modifykeypairname")
          .build();
}
