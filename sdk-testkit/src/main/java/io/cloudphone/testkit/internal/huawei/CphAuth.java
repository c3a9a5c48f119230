package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.huawei.internal.HuaweiSignatureVerifier;
import io.cloudphone.testkit.internal.FakeIds;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.RecordedRequest;

/**
 * What the API gateway checks before CPS sees a request: an SDK-HMAC-SHA256 signature by the test access key,
 * dated within 15 minutes of the fake's clock, or an IAM token this fake issued and that has not expired. Also
 * plays IAM for password tokens and project discovery.
 */
final class CphAuth {
  private static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

  private final CphAccount account;
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final AtomicLong issued = new AtomicLong();

  CphAuth(CphAccount account) {
    this.account = account;
  }

  /**
   * Checks a request's credentials at {@code now}.
   *
   * @throws CphError APIGW.0301 when they do not hold
   */
  void check(RecordedRequest request, byte[] body, Instant now) {
    String token = request.getHeaders().get("X-Auth-Token");
    if (token != null) {
      Instant expires = tokens.get(token);
      if (expires == null || !now.isBefore(expires)) {
        throw CphError.authentication("the token is invalid or has expired");
      }
      return;
    }
    Optional<String> problem = HuaweiSignatureVerifier.verify(request.getMethod(), request.getUrl().encodedPath(),
        request.getUrl().encodedQuery(), request.getHeaders()::get, body,
        key -> key.equals(account.accessKeyId()) ? account.secretAccessKey() : null, now);
    if (problem.isPresent()) {
      throw CphError.authentication("verify aksk signature fail: " + problem.get());
    }
  }

  /** KeystoneCreateUserTokenByPassword: a token for the test user, scoped to the test project. */
  Map.Entry<String, ObjectNode> issueToken(JsonNode body, Instant now) {
    JsonNode identity = body.path("auth").path("identity");
    JsonNode user = identity.path("password").path("user");
    boolean valid = identity.path("methods").toString().contains("\"password\"")
        && account.userName().equals(user.path("name").asText())
        && account.password().equals(user.path("password").asText())
        && account.domainName().equals(user.path("domain").path("name").asText());
    if (!valid) {
      throw new CphError(401, "1101", "The username or password is wrong.");
    }
    JsonNode project = body.path("auth").path("scope").path("project");
    boolean projectMatches = project.has("id") ? account.projectId().equals(project.path("id").asText())
        : account.region().equals(project.path("name").asText());
    if (!projectMatches) {
      throw new CphError(400, "1100", "The project is not found or not accessible.");
    }
    String token = "MIIfake" + FakeIds.hex(48, "cph-token", account.projectId(), issued.incrementAndGet());
    Instant expires = now.plus(TOKEN_LIFETIME);
    tokens.put(token, expires);
    ObjectNode answer = CphJson.JSON.createObjectNode();
    ObjectNode details = answer.putObject("token").put("expires_at", CphJson.time(expires))
        .put("issued_at", CphJson.time(now));
    details.putArray("methods").add("password");
    details.putObject("project").put("id", account.projectId()).put("name", account.region())
        .putObject("domain").put("name", account.domainName());
    details.putObject("user").put("name", account.userName()).putObject("domain").put("name",
        account.domainName());
    return Map.entry(token, answer);
  }

  /** KeystoneListProjects: the test project when its name is asked for (or no name is). */
  ObjectNode listProjects(Optional<String> name) {
    ObjectNode answer = CphJson.JSON.createObjectNode();
    if (name.map(account.region()::equals).orElse(true)) {
      answer.putArray("projects").addObject().put("id", account.projectId()).put("name", account.region())
          .put("enabled", true).put("domain_id", FakeIds.hex32("cph-domain", account.domainName()));
    } else {
      answer.putArray("projects");
    }
    answer.putObject("links").putNull("next").putNull("previous");
    return answer;
  }
}
