package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** A directory of shared storage whose files {@code ListShareFiles} lists, on each of the given servers. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListShareFilesRequest.Builder.class)
abstract class ListShareFilesRequestDef {
  private static final Pattern PATH = Pattern.compile("[A-Za-z0-9.+_/=-]+");

  /** Directory to list, for example {@code /data/data}: starts with {@code /}, no {@code //} or {@code ../}. */
  public abstract String path();

  /** Ids of the servers whose shared storage is listed (sent as one comma-separated value). */
  @JsonSerialize(converter = CommaSeparated.Join.class)
  @JsonDeserialize(converter = CommaSeparated.Split.class)
  public abstract List<String> serverIds();

  /** Index of the first file to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Files per page, 1 to 100; the service defaults to 50. */
  public abstract Optional<Integer> limit();

  @Value.Check
  void check() {
    Validate.matches("path", path(), PATH, "letters, digits, '.', '+', '-', '_', '/' and '='");
    ServerChecks.require(path().startsWith("/"), "path must start with '/'");
    ServerChecks.require(!path().matches("/+"), "path must not consist of slashes only");
    ServerChecks.require(!path().contains("//") && !path().contains("../"), "path must not contain '//' or '../'");
    ServerChecks.serverIds(serverIds());
    serverIds().forEach(id -> ServerChecks.require(!id.contains(","), "server_ids must not contain ','"));
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
  }
}
