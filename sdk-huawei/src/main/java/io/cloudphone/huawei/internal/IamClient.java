package io.cloudphone.huawei.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudphone.core.AuthenticationException;
import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.CredentialsException;
import io.cloudphone.core.auth.AccessKeyCredentials;
import io.cloudphone.core.internal.CallExecutor;
import io.cloudphone.core.internal.Exchange;
import io.cloudphone.core.internal.HttpMethod;
import io.cloudphone.core.internal.JsonResponses;
import io.cloudphone.core.internal.LenientTime;
import io.cloudphone.huawei.IamPasswordCredentials;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.Response;

/** The two IAM calls the SDK needs: a password token, and the project id of a region. */
final class IamClient {
  /** IAM answered the password request itself, so keys and clock (AK/SK signing) have nothing to do with it. */
  static final String PASSWORD_REFUSED_HINT = "IAM refused the password credentials: check the IAM user name,"
      + " password and domain (account) name, and that the user is not locked or disabled and may use"
      + " programmatic access (a HUAWEI ID cannot obtain tokens; use an IAM user)";

  private final CallExecutor executor;
  private final ObjectMapper json;
  private final HttpTarget iam;
  private final String region;

  IamClient(CallExecutor executor, ObjectMapper json, URI iamEndpoint, String region) {
    this.executor = executor;
    this.json = json;
    this.iam = new HttpTarget(iamEndpoint);
    this.region = region;
  }

  /** Exchanges a password for a token scoped to the region's project (or to {@code projectId} when known). */
  IamToken passwordToken(IamPasswordCredentials credentials, Optional<String> projectId) {
    ObjectNode root = json.createObjectNode();
    ObjectNode identity = root.putObject("auth").putObject("identity");
    identity.putArray("methods").add("password");
    ObjectNode user = identity.putObject("password").putObject("user");
    user.put("name", credentials.userName()).put("password", credentials.password());
    user.putObject("domain").put("name", credentials.domainName());
    ObjectNode project = ((ObjectNode) root.get("auth")).putObject("scope").putObject("project");
    if (projectId.isPresent()) {
      project.put("id", projectId.get());
    } else {
      project.put("name", region);
    }
    byte[] body = root.toString().getBytes(StandardCharsets.UTF_8);
    try {
      return requestToken(body);
    } catch (AuthenticationException e) {
      if (e.httpStatus() == 401) {
        throw new AuthenticationException(e.serviceError(), PASSWORD_REFUSED_HINT);
      }
      throw e;
    }
  }

  private IamToken requestToken(byte[] body) {
    return executor.execute(new Exchange<IamToken>() {
      @Override
      public String operationName() {
        return "KeystoneCreateUserTokenByPassword";
      }

      @Override
      public boolean idempotent() {
        return true; // issuing a second token is harmless
      }

      @Override
      public Request newAttempt(Instant now) {
        BoundRequest bound = new BoundRequest(HttpMethod.POST, "/v3/auth/tokens", "", body, "");
        return iam.requestBuilder(bound).build();
      }

      @Override
      public IamToken parse(Response response) throws IOException {
        String token = response.header("X-Subject-Token");
        if (token == null || token.isBlank()) {
          throw new CredentialsException("IAM answered without an X-Subject-Token header");
        }
        JsonNode tokenBody = JsonResponses.read(json, response, ObjectNode.class).path("token");
        Instant expiresAt = LenientTime.parse(tokenBody.path("expires_at").asText(""))
            .orElseThrow(() -> new CredentialsException("IAM token answer has no readable expires_at"));
        String scoped = tokenBody.path("project").path("id").asText("");
        return new IamToken(token, expiresAt, scoped.isEmpty() ? Optional.empty() : Optional.of(scoped));
      }
    });
  }

  /** Finds the id of the project named after the region, signing with AK/SK. */
  String projectIdOfRegion(AccessKeyCredentials credentials) {
    String query = HuaweiCanonical.canonicalQuery(List.of(Map.entry("name", region)));
    JsonNode projects = executor.execute(new Exchange<JsonNode>() {
      @Override
      public String operationName() {
        return "KeystoneListProjects";
      }

      @Override
      public boolean idempotent() {
        return true;
      }

      @Override
      public Request newAttempt(Instant now) {
        BoundRequest bound = new BoundRequest(HttpMethod.GET, "/v3/projects", query, null,
            io.cloudphone.core.internal.Crypto.sha256Hex(null));
        Request.Builder builder = iam.requestBuilder(bound);
        AkSkSigning.sign(builder, bound, iam.hostHeader(), null, credentials, now);
        return builder.build();
      }

      @Override
      public JsonNode parse(Response response) throws IOException {
        return JsonResponses.read(json, response, ObjectNode.class).path("projects");
      }
    });
    List<String> ids = new ArrayList<>();
    projects.forEach(project -> {
      if (region.equals(project.path("name").asText())) {
        ids.add(project.path("id").asText());
      }
    });
    if (ids.size() != 1) {
      throw new CloudPhoneException("IAM lists " + (ids.isEmpty() ? "no project" : ids.size() + " projects")
          + " named " + region + " for this account; set projectId(...) on the client builder (or "
          + "HUAWEICLOUD_SDK_PROJECT_ID) to the project to use");
    }
    return ids.get(0);
  }
}
