package io.cloudphone.huawei;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.CloudPhoneServiceException;
import io.cloudphone.core.ConflictException;
import io.cloudphone.core.InvalidRequestException;
import io.cloudphone.core.NotFoundException;
import io.cloudphone.core.PermissionDeniedException;
import io.cloudphone.core.ServiceUnavailableException;
import io.cloudphone.core.ThrottlingException;
import io.cloudphone.huawei.internal.HuaweiErrorMapper;
import io.cloudphone.huawei.internal.HuaweiJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Huawei status + error code → typed exception, as a table. */
class HuaweiErrorMapperTest {
  private final HuaweiErrorMapper mapper = new HuaweiErrorMapper(HuaweiJson.mapper());

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "400, CPS.0005, NotFoundException,            false",
      "400, CPS.0011, NotFoundException,            false",
      "400, CPS.0015, NotFoundException,            false",
      "400, CPS.0115, NotFoundException,            false",
      "404, '',       NotFoundException,            false",
      "401, '',       AuthenticationException,      false",
      "401, APIGW.0301, AuthenticationException,    false",
      "403, '',       PermissionDeniedException,    false",
      "400, CPS.0001, PermissionDeniedException,    false",
      "400, CPS.0053, PermissionDeniedException,    false",
      "429, '',       ThrottlingException,          true",
      "400, CPS.0042, ThrottlingException,          true",
      "429, APIGW.0308, ThrottlingException,        true",
      "400, CPS.0065, ConflictException,            false",
      "400, CPS.0026, ConflictException,            false",
      "409, '',       ConflictException,            false",
      "400, CPS.0192, ConflictException,            false",
      "400, CPS.0194, ConflictException,            false",
      "400, CPS.0202, ConflictException,            false",
      "400, CPS.0204, ConflictException,            false",
      "400, CPS.0206, ConflictException,            false",
      "400, CPS.0217, ConflictException,            false",
      "400, CPS.0220, ConflictException,            false",
      "400, CPS.0230, ConflictException,            false",
      "400, CPS.0003, ServiceUnavailableException,  true",
      "400, CPS.0062, ServiceUnavailableException,  true",
      "500, '',       ServiceUnavailableException,  true",
      "502, '',       ServiceUnavailableException,  true",
      "503, CPS.9999, ServiceUnavailableException,  true",
      "400, CPS.0002, InvalidRequestException,      false",
      "400, CPS.0117, InvalidRequestException,      false",
      "418, '',       CloudPhoneServiceException,   false",
  })
  void statusAndCode_mapToTypedException(int status, String code, String type, boolean retryable) {
    String body = code.isEmpty() ? "" : "{\"error_code\":\"" + code + "\",\"error_msg\":\"m\",\"request_id\":\"r1\"}";
    CloudPhoneServiceException e = mapper.map(status, Headers.of(), body.getBytes(StandardCharsets.UTF_8));
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.isRetryable()).isEqualTo(retryable);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
  }

  @Test
  void apigw0301_messageSaysTheClockMayBeOff() {
    CloudPhoneServiceException e = mapper.map(401, Headers.of(),
        "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\"}"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.getMessage()).contains("APIGW.0301").contains("clock").contains("15 minutes");
  }

  @Test
  void failuresVariant_keepsEveryFailedItemInTheMessage() {
    String body = "{\"request_id\":\"6837\",\"error_code\":\"CPS.1040\",\"error_msg\":\"App pool cannot be scaled down.\","
        + "\"failures\":[{\"server_id\":\"s1\",\"error_code\":\"CPS.1027\",\"error_msg\":\"Server is being scaled up.\"},"
        + "{\"server_id\":\"s2\",\"error_code\":\"CPS.1028\",\"error_msg\":\"Server is frozen.\"}]}";
    CloudPhoneServiceException e = mapper.map(400, Headers.of(), body.getBytes(StandardCharsets.UTF_8));
    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.requestId()).hasValue("6837");
    assertThat(e.getMessage()).contains("s1 CPS.1027").contains("s2 CPS.1028");
  }

  @Test
  void cps0230_dailyLimit_isAQuotaConflictWhoseMessageSaysTomorrow() {
    CloudPhoneServiceException e = mapper.map(400, Headers.of(), ("{\"error_code\":\"CPS.0230\",\"error_msg\":"
        + "\"The number of this phone image has reached the upper limit 1000000000, please try again tomorrow.\"}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(e).isInstanceOf(ConflictException.class);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("CPS.0230").contains("daily upper limit");
  }

  @Test
  void iamErrorShape_isRead() {
    CloudPhoneServiceException e = mapper.map(401, Headers.of(),
        "{\"error\":{\"code\":\"APIGW.0301\",\"message\":\"bad token\"}}".getBytes(StandardCharsets.UTF_8));
    assertThat(e.errorCode()).isEqualTo("APIGW.0301");
    assertThat(e.errorMessage()).isEqualTo("bad token");
  }

  @Test
  void requestIdFallsBackToHeader_andRetryAfterIsRead() {
    CloudPhoneServiceException e = mapper.map(429,
        Headers.of("X-Request-Id", "hdr-1", "Retry-After", "12"), new byte[0]);
    assertThat(e.requestId()).hasValue("hdr-1");
    assertThat(((ThrottlingException) e).retryAfter()).hasValue(Duration.ofSeconds(12));
  }

  @Test
  void unreadableBody_stillMapsByStatus() {
    CloudPhoneServiceException e = mapper.map(503, Headers.of(), "<html>".getBytes(StandardCharsets.UTF_8));
    assertThat(e).isInstanceOf(ServiceUnavailableException.class);
  }
}
