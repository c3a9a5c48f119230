package io.cloudphone.testkit.internal.huawei;

/**
 * Who a fake CPH lets in: one project in one region, one access key, one IAM user.
 *
 * @param projectId the project id every CPH path must name
 * @param region the region the project is named after
 * @param accessKeyId the access key id of AK/SK signing
 * @param secretAccessKey its secret
 * @param domainName the IAM account (domain) of password tokens
 * @param userName the IAM user of password tokens
 * @param password the IAM user's password
 */
public record CphAccount(String projectId, String region, String accessKeyId, String secretAccessKey,
    String domainName, String userName, String password) {

  /** The fixed test account. */
  public static CphAccount test() {
    return new CphAccount("0a1b2c3d4e5f40718293a4b5c6d7e8f9", "cn-east-3", "TESTKITHUAWEIAK00001",
        "testkit-huawei-secret-key-not-a-real-sk", "testkit-domain", "testkit-user", "testkit-password");
  }

  @Override
  public String toString() {
    return "CphAccount[projectId=" + projectId + ", region=" + region + ", accessKeyId=" + accessKeyId
        + ", secretAccessKey=***, userName=" + userName + ", password=***]";
  }
}
