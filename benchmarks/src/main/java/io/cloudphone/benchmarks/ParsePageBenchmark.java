package io.cloudphone.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.core.utils.JsonUtils;
import io.cloudphone.core.internal.LenientTime;
import io.cloudphone.huawei.internal.HuaweiJson;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The parsing half of the round trip, without HTTP, to attribute the round-trip figures: the same 100-phone page
 * read by our mapper into the immutable models, and by the official SDK the way HcClient does it (body as a
 * String, then JsonUtils.toObjectIgnoreUnknown into its mutable models, timestamps kept as strings). Plus the
 * Jackson floor (tokens and strings only, no objects), and the cost of one timestamp, which our models parse
 * into an Instant (200 per page) and the official ones keep as text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParsePageBenchmark {
  private static final String TIMESTAMP = "2017-10-10T00:00:05Z";

  private byte[] page;
  private ObjectMapper ours;

  @Setup
  public void setup() {
    page = PhonePage.json(ListCloudPhonesRoundTripBenchmark.PHONES);
    ours = HuaweiJson.mapper();
  }

  /** Our mapper: bytes to ListCloudPhonesResponse (immutables, Optional fields, Instant timestamps). */
  @Benchmark
  public ListCloudPhonesResponse ours_parse() throws IOException {
    return ours.readValue(page, ListCloudPhonesResponse.class);
  }

  /** The official SDK: body decoded to a String, then JsonUtils.toObjectIgnoreUnknown (as HcClient does). */
  @Benchmark
  public com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesResponse official_parse() {
    return JsonUtils.toObjectIgnoreUnknown(new String(page, StandardCharsets.UTF_8),
        com.huaweicloud.sdk.cph.v1.model.ListCloudPhonesResponse.class);
  }

  /**
   * The floor of any Jackson-based reader: tokenize the page and materialize every string value and field name
   * (as a deserializer must), building no objects.
   */
  @Benchmark
  public int baseline_jacksonTokensOnly() throws IOException {
    int strings = 0;
    try (JsonParser parser = ours.getFactory().createParser(page)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          strings += parser.getText().length();
        }
      }
    }
    return strings;
  }

  /** One timestamp through our lenient reader (what each create_time / update_time costs us). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Instant> ours_timestamp() {
    return LenientTime.parse(TIMESTAMP);
  }

  /** One timestamp through the JDK's Instant.parse, for comparison. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Instant jdk_instantParse() {
    return Instant.parse(TIMESTAMP);
  }
}
