package io.cloudphone.alibaba.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.InvalidRequestException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.Provider;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.ThrottlingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Alibaba status + error code → typed exception, as a table. */
class AlibabaErrorMapperTest {
  private final AlibabaErrorMapper mapper = new AlibabaErrorMapper(new ObjectMapper());

  private CloudPhoneServiceException map(int status, String body) {
    return mapper.map(status, Headers.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "400, Throttling,                          ThrottlingException,          true",
      "400, Throttling.User,                     ThrottlingException,          true",
      "400, Throttling.Api,                      ThrottlingException,          true",
      "503, Throttling.Resource,                 ThrottlingException,          true",
      "429, '',                                  ThrottlingException,          true",
      "404, InvalidAccessKeyId.NotFound,         AuthenticationException,      false",
      "400, InvalidAccessKeyId.Inactive,         AuthenticationException,      false",
      "400, SignatureDoesNotMatch,               AuthenticationException,      false",
      "400, IncompleteSignature,                 AuthenticationException,      false",
      "400, IllegalTimestamp,                    AuthenticationException,      false",
      "400, InvalidTimeStamp.Expired,            AuthenticationException,      false",
      "400, SignatureNonceUsed,                  AuthenticationException,      false",
      "400, InvalidSecurityToken.Expired,        AuthenticationException,      false",
      "401, '',                                  AuthenticationException,      false",
      "403, Forbidden.RAM,                       PermissionDeniedException,    false",
      "400, Forbidden,                           PermissionDeniedException,    false",
      "403, NoPermission,                        PermissionDeniedException,    false",
      "403, '',                                  PermissionDeniedException,    false",
      "400, InvalidAndroidInstanceId.NotFound,   NotFoundException,            false",
      "404, InstanceGroup.NotFound,              NotFoundException,            false",
      "400, InstanceNotFound,                    NotFoundException,            false",
      "400, NotFound.Image,                      NotFoundException,            false",
      "404, '',                                  NotFoundException,            false",
      "404, InvalidAction.NotFound,              InvalidRequestException,      false",
      "400, MissingParameter,                    InvalidRequestException,      false",
      "400, MissingParameter.InstanceGroupId,    InvalidRequestException,      false",
      "400, InvalidParameter,                    InvalidRequestException,      false",
      "400, InvalidParameter.MaxResults,         InvalidRequestException,      false",
      "400, SomethingElse,                       InvalidRequestException,      false",
      "400, AndroidInstance.QuotaExceeded,       ConflictException,            false",
      "400, QuotaExceeded.Instance,              ConflictException,            false",
      "400, IncorrectStatus.AndroidInstance,     ConflictException,            false",
      "400, IncorrectInstanceStatus,             ConflictException,            false",
      "400, AndroidInstance.InvalidStatus,       ConflictException,            false",
      "400, InstanceGroupName.AlreadyExist,      ConflictException,            false",
      "409, '',                                  ConflictException,            false",
      "500, InternalError,                       ServiceUnavailableException,  true",
      "400, InternalError,                       ServiceUnavailableException,  true",
      "503, ServiceUnavailable,                  ServiceUnavailableException,  true",
      "502, '',                                  ServiceUnavailableException,  true",
      "504, UnknownGatewayCode,                  ServiceUnavailableException,  true",
      "418, '',                                  CloudPhoneServiceException,   false",
  })
  void map_statusAndCode_typedException(int status, String code, String type, boolean retryable) {
    String body = code.isEmpty() ? "" : "{\"RequestId\":\"r1\",\"Code\":\"" + code + "\",\"Message\":\"m\"}";
    CloudPhoneServiceException e = map(status, body);
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.isRetryable()).isEqualTo(retryable);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.provider()).isEqualTo(Provider.ALIBABA);
  }

  @Test
  void map_illegalTimestamp_messageSaysClockSkew() {
    CloudPhoneServiceException e = map(400, "{\"RequestId\":\"r1\",\"Code\":\"IllegalTimestamp\","
        + "\"Message\":\"The input parameter \\\"Timestamp\\\" that is mandatory for processing this request is not"
        + " supplied.\"}");
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("IllegalTimestamp").contains("clock").contains("skew").contains("15 minutes");
  }

  @Test
  void map_signatureNonceUsed_messageSaysReplay() {
    CloudPhoneServiceException e = map(400, "{\"Code\":\"SignatureNonceUsed\","
        + "\"Message\":\"The request signature nonce has been used.\"}");
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("already used").contains("replayed");
  }

  @Test
  void map_bodyWithRecommendAndHostId_keepsThemAsHintAndReadsRequestId() {
    CloudPhoneServiceException e = map(404, "{\"RequestId\":\"6E1D7A4C-0B3E-5B4F-9C5A-1D2E3F4A5B6C\","
        + "\"HostId\":\"eds-aic.cn-shanghai.aliyuncs.com\",\"Code\":\"InvalidAndroidInstanceId.NotFound\","
        + "\"Message\":\"The specified instance does not exist.\","
        + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=InvalidAndroidInstanceId.NotFound"
        + "&product=eds-aic&requestId=6E1D7A4C-0B3E-5B4F-9C5A-1D2E3F4A5B6C\"}");
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.requestId()).hasValue("6E1D7A4C-0B3E-5B4F-9C5A-1D2E3F4A5B6C");
    assertThat(e.errorMessage()).isEqualTo("The specified instance does not exist.");
    assertThat(e.getMessage()).contains("Diagnosis: https://api.aliyun.com/troubleshoot?q=")
        .contains("eds-aic.cn-shanghai.aliyuncs.com");
  }

  @Test
  void map_lowerCaseBody_isRead() {
    CloudPhoneServiceException e = map(400,
        "{\"requestId\":\"r2\",\"code\":\"InvalidParameter.MaxResults\",\"message\":\"too big\"}");
    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.requestId()).hasValue("r2");
    assertThat(e.errorMessage()).isEqualTo("too big");
  }

  @Test
  void map_xmlBody_isRead() {
    CloudPhoneServiceException e = map(400, "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>r3</RequestId>"
        + "<HostId>eds-aic.cn-shanghai.aliyuncs.com</HostId><Code>Throttling.User</Code>"
        + "<Message>Request was denied due to user flow control.</Message></Error>");
    assertThat(e).isInstanceOf(ThrottlingException.class);
    assertThat(e.requestId()).hasValue("r3");
  }

  @Test
  void map_noRequestIdInBody_fallsBackToHeaderAndReadsRetryAfter() {
    CloudPhoneServiceException e = mapper.map(429,
        Headers.of("x-acs-request-id", "hdr-1", "Retry-After", "7"), new byte[0]);
    assertThat(e.requestId()).hasValue("hdr-1");
    assertThat(((ThrottlingException) e).retryAfter()).hasValue(Duration.ofSeconds(7));
  }

  @Test
  void map_signatureMismatchQuotingStringToSign_redactsSecurityToken() {
    String token = "CAIS8gF1q6Ft5B2yfSjIr5bSEsKBt+tU0aOCSV7";
    CloudPhoneServiceException e = map(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature"
        + " is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dtestid"
        + "%26SecurityToken%3D" + token.replace("+", "%252B") + "%26Timestamp%3D2025\"}");
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("SecurityToken%3D***%26Timestamp").doesNotContain("CAIS8gF1");
    assertThat(e.errorMessage()).doesNotContain("CAIS8gF1");
  }

  @Test
  void redact_plainQueryAndJson_cutsOnlyTheTokenValue() {
    assertThat(AlibabaErrorMapper.redact("a=1&SecurityToken=abc%2Bdef&b=2")).isEqualTo("a=1&SecurityToken=***&b=2");
    assertThat(AlibabaErrorMapper.redact("{\"SecurityToken\":\"abc\"}")).isEqualTo("{\"SecurityToken\":\"***\"}");
    assertThat(AlibabaErrorMapper.redact("SecurityToken is missing")).isEqualTo("SecurityToken is missing");
  }

  @Test
  void map_unreadableBody_stillMapsByStatus() {
    assertThat(map(503, "<html>oops")).isInstanceOf(ServiceUnavailableException.class);
    assertThat(map(500, "not json")).isInstanceOf(ServiceUnavailableException.class);
  }
}
