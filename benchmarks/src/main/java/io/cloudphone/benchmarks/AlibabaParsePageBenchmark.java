package io.cloudphone.benchmarks;

import com.aliyun.tea.TeaModel;
import com.aliyun.teautil.Common;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudphone.alibaba.internal.AlibabaJson;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The parsing half of the DescribeAndroidInstances round trip, without HTTP: the same 100-instance page read by
 * our mapper into the immutable models, and by the official SDK the way tea-openapi 0.3.8 and eds_aic20230930 do
 * it (Common.readAsJSON: the body as a String, then gson into nested Maps; then TeaModel.toModel of
 * {body, headers, statusCode} into the response model by reflection). Plus the Jackson floor (tokens and strings
 * only, no objects).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AlibabaParsePageBenchmark {
  private byte[] page;
  private ObjectMapper ours;

  @Setup
  public void setup() throws Exception {
    page = InstancePage.json(DescribeAndroidInstancesRoundTripBenchmark.INSTANCES);
    ours = AlibabaJson.mapper();
    int o = ours_parse().instanceModel().size();
    int f = official_parse().getBody().getInstanceModel().size();
    if (o != DescribeAndroidInstancesRoundTripBenchmark.INSTANCES || f != o) {
      throw new IllegalStateException("ours parsed " + o + " instances, official " + f);
    }
  }

  /** Our mapper: bytes to DescribeAndroidInstancesResponse (immutables, Optional fields). */
  @Benchmark
  public DescribeAndroidInstancesResponse ours_parse() throws IOException {
    return ours.readValue(page, DescribeAndroidInstancesResponse.class);
  }

  /** The official SDK: Common.readAsJSON (String, then gson Maps), then TeaModel.toModel by reflection. */
  @Benchmark
  public com.aliyun.eds_aic20230930.models.DescribeAndroidInstancesResponse official_parse() {
    Map<String, Object> response = new HashMap<>();
    response.put("body", Common.readAsJSON(new ByteArrayInputStream(page)));
    response.put("headers", new HashMap<String, String>());
    response.put("statusCode", 200);
    return TeaModel.toModel(response, new com.aliyun.eds_aic20230930.models.DescribeAndroidInstancesResponse());
  }

  /** The floor of any Jackson-based reader: tokenize the page and materialize every string, build no object. */
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
}
