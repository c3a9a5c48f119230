package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one table of eds-aic actions the fake serves, by Action name: each resource family registers its own
 * actions here, so a reader finds a family's behaviour in its {@code *Handlers} class.
 */
final class AlibabaActions {
  private final Map<String, Function<AlibabaExchange, ObjectNode>> handlers = new TreeMap<>();

  private AlibabaActions() {}

  /** Serves {@code action} with {@code handler}; an action is registered once only. */
  AlibabaActions on(String action, Function<AlibabaExchange, ObjectNode> handler) {
    if (handlers.putIfAbsent(action, handler) != null) {
      throw new IllegalStateException(action + " is registered twice");
    }
    return this;
  }

  static Map<String, Function<AlibabaExchange, ObjectNode>> table(AlibabaWorld world) {
    AlibabaActions table = new AlibabaActions();
    new AlibabaInstanceHandlers(world).register(table);
    new AlibabaNodeHandlers(world).register(table);
    new AlibabaInstanceGroupHandlers(world).register(table);
    new AlibabaCommands(world).register(table);
    new AlibabaTaskQuery(world).register(table);
    new AlibabaImageHandlers(world).register(table);
    new AlibabaAppHandlers(world).register(table);
    new AlibabaBackupHandlers(world).register(table);
    new AlibabaKeyPairHandlers(world).register(table);
    new AlibabaPolicyHandlers(world).register(table);
    new AlibabaPropertyHandlers(world).register(table);
    new AlibabaTagHandlers(world).register(table);
    new AlibabaCatalogueHandlers(world).register(table);
    new AlibabaMonitoringHandlers(world).register(table);
    new AlibabaAgentHandlers(world).register(table);
    new AlibabaAgentTaskHandlers(world).register(table);
    new AlibabaBillingHandlers(world).register(table);
    return Map.copyOf(table.handlers);
  }
}
