package io.cloudphone.testkit.internal.huawei;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The fake CPH's route table: each resource family registers its operations here as (method, path template,
 * handler), in the same shape as the SDK's operation declarations ({@code /v1/{project_id}/cloud-phone/phones}).
 * A request goes to the route with the most literal path segments that matches it, so
 * {@code PUT servers/open-access} wins over {@code PUT servers/{server_id}}. Operations sharing one path (the
 * {@code phones/commands} family, tag create/delete) are told apart by a body field, as CPS does.
 */
final class CphRoutes {
  /** What one operation does with a parsed request; runs with the state's lock held, after it settled. */
  @FunctionalInterface
  interface Handler {
    CphOutcome handle(CphRequest request);
  }

  /** A matched route: the operation, its handler and the values of the path's placeholders. */
  record Match(String operation, Handler handler, Map<String, String> pathParams) {}

  /** Path prefixes of the CPS API versions and of the project-level APIs (tags, offerings, file systems). */
  static final String V1 = "/v1/{project_id}/cloud-phone";
  static final String V2 = "/v2/{project_id}/cloud-phone";
  static final String V2_1 = "/v2.1/{project_id}/cloud-phone";
  static final String PROJECT = "/v1/{project_id}";

  private record Route(String operation, String method, String[] segments, Predicate<JsonNode> when,
      Handler handler) {
    int literals() {
      int count = 0;
      for (String segment : segments) {
        count += segment.startsWith("{") ? 0 : 1;
      }
      return count + (when == null ? 0 : 1);
    }
  }

  private final List<Route> routes = new ArrayList<>();

  /** Registers {@code operation} at {@code method pathTemplate}. */
  CphRoutes add(String operation, String method, String pathTemplate, Handler handler) {
    routes.add(new Route(operation, method, split(pathTemplate), null, handler));
    return this;
  }

  /** Registers {@code operation} at a path it shares with others, for bodies whose {@code field} is {@code value}. */
  CphRoutes addWhen(String operation, String method, String pathTemplate, String field, String value,
      Handler handler) {
    return addWhen(operation, method, pathTemplate, body -> value.equals(body.path(field).asText("")), handler);
  }

  /** Registers {@code operation} at a path it shares with others, for bodies that {@code when} accepts. */
  CphRoutes addWhen(String operation, String method, String pathTemplate, Predicate<JsonNode> when,
      Handler handler) {
    routes.add(new Route(operation, method, split(pathTemplate), when, handler));
    return this;
  }

  /** The operations registered, in registration order. */
  List<String> operations() {
    return routes.stream().map(Route::operation).distinct().toList();
  }

  /** The route a request takes, if any; {@code body} is read only for routes told apart by a body field. */
  Optional<Match> match(String method, String path, Supplier<JsonNode> body) {
    String[] segments = split(path);
    return routes.stream()
        .filter(route -> route.method.equals(method) && route.segments.length == segments.length)
        .filter(route -> params(route, segments) != null)
        .filter(route -> route.when == null || route.when.test(body.get()))
        .max(Comparator.comparingInt(Route::literals))
        .map(route -> new Match(route.operation, route.handler, params(route, segments)));
  }

  private static Map<String, String> params(Route route, String[] segments) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segments.length; i++) {
      String template = route.segments[i];
      if (template.startsWith("{")) {
        if (segments[i].isEmpty()) {
          return null;
        }
        params.put(template.substring(1, template.length() - 1), segments[i]);
      } else if (!template.equals(segments[i])) {
        return null;
      }
    }
    return params;
  }

  private static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return trimmed.split("/", -1);
  }
}
