package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Monitoring: the monitor agent installed on instances, and metrics (latest values, series, top instances) with
 * data points for the instances that exist; values are derived from the instance and the time so a run is
 * reproducible.
 */
final class AlibabaMonitoringHandlers {
  private final AlibabaWorld world;

  AlibabaMonitoringHandlers(AlibabaWorld world) {
    this.world = world;
  }

  void register(AlibabaActions table) {
    table.on("InstallMonitorAgent", ex -> agent(ex, true))
        .on("UninstallMonitorAgent", ex -> agent(ex, false))
        .on("DescribeMetricLast", ex -> metrics(ex, false, false))
        .on("DescribeMetricList", ex -> metrics(ex, true, false))
        .on("DescribeMetricTop", ex -> metrics(ex, true, true));
  }

  private ObjectNode agent(AlibabaExchange ex, boolean install) {
    world.existing(ex.call.requiredIds("AndroidInstanceIds", 100)).forEach(instance ->
        instance.monitorAgent = install);
    return AlibabaJsonOut.answer(ex.requestId);
  }

  /** Metric answers: MetricNames required; instances from AndroidInstanceIds/InstanceIds, else all RUNNING. */
  private ObjectNode metrics(AlibabaExchange ex, boolean series, boolean top) {
    List<String> names = ex.call.requiredIds("MetricNames", 20);
    int period = ex.call.integer("Period", 60, 86_400, 60);
    List<String> ids = new ArrayList<>(ex.call.ids("AndroidInstanceIds", 100));
    ids.addAll(ex.call.ids("InstanceIds", 100));
    List<AlibabaInstance> targets = ids.isEmpty()
        ? world.instances.values().stream().filter(instance -> instance.status(ex.now).equals("RUNNING")).toList()
        : world.existing(ids);
    if (top) {
      targets = targets.stream().sorted((a, b) -> Double.compare(value(b, names.get(0), ex.now),
          value(a, names.get(0), ex.now))).limit(10).toList();
    }
    ObjectNode out = AlibabaJsonOut.answer(ex.requestId).put("Count", targets.size()).put("NextToken", "");
    ArrayNode models = out.putArray("MetricTotalModel");
    Instant end = ex.now.minusSeconds(ex.now.getEpochSecond() % period);
    for (AlibabaInstance instance : targets) {
      ObjectNode model = models.addObject().put("AndroidInstanceId", instance.id);
      ArrayNode list = model.putArray("MetricModelList");
      for (String name : names) {
        if (series) {
          model.put("InstanceId", instance.id);
        }
        ArrayNode points = list.addObject().put("MetricName", name).putArray("DataPoints");
        for (int i = series ? 4 : 0; i >= 0; i--) {
          Instant at = end.minusSeconds((long) period * i);
          double value = value(instance, name, at);
          ObjectNode point = points.addObject().put("Timestamp", at.toEpochMilli()).put("Average", value)
              .put("Maximum", Math.min(100, value + 3)).put("Minimum", Math.max(0, value - 3));
          if (series) {
            point.put("Value", value);
          }
        }
      }
    }
    return out;
  }

  /** A percentage-like value between 5 and 95 that depends only on the instance, the metric and the time. */
  private static double value(AlibabaInstance instance, String metric, Instant at) {
    int hash = Math.floorMod((instance.id + metric).hashCode() + (int) (at.getEpochSecond() / 60), 900);
    return 5 + hash / 10.0;
  }
}
