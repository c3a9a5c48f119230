package io.cloudphone.testkit.internal.alibaba;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One kind of resource the fake keeps as the JSON eds-aic lists it (images, apps, key pairs, ...): ids in the
 * service's shape, creation order kept, and the kind's own {@code NotFound} error for an unknown id.
 */
final class AlibabaRecords {
  private final String idField;
  private final String idPattern;
  private final String notFoundCode;
  private final String what;
  private final Map<String, ObjectNode> byId = new LinkedHashMap<>();
  private long sequence;

  /**
   * A store whose records carry their id in {@code idField}, made from {@code idPattern} (a format with one
   * number), and whose unknown ids are answered with {@code notFoundCode}.
   */
  AlibabaRecords(String idField, String idPattern, String notFoundCode, String what) {
    this.idField = idField;
    this.idPattern = idPattern;
    this.notFoundCode = notFoundCode;
    this.what = what;
  }

  /** A new record with a fresh id, already stored. */
  ObjectNode create() {
    String id = String.format(idPattern, ++sequence);
    ObjectNode record = AlibabaJsonOut.JSON.createObjectNode().put(idField, id);
    byId.put(id, record);
    return record;
  }

  /** The record {@code id}, or the kind's 404. */
  ObjectNode get(String id) {
    ObjectNode record = byId.get(id);
    if (record == null) {
      throw new AlibabaFault(404, notFoundCode, "The specified " + what + " \"" + id + "\" does not exist.");
    }
    return record;
  }

  /** The records named by {@code ids}, all or the kind's 404 for the first unknown one. */
  List<ObjectNode> getAll(List<String> ids) {
    List<ObjectNode> out = new ArrayList<>(ids.size());
    ids.forEach(id -> out.add(get(id)));
    return out;
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Removes {@code id}, or the kind's 404. */
  ObjectNode remove(String id) {
    get(id);
    return byId.remove(id);
  }

  /** The records that match, in creation order. */
  List<ObjectNode> where(Predicate<ObjectNode> filter) {
    return byId.values().stream().filter(filter).toList();
  }

  /** The id of a record. */
  String id(ObjectNode record) {
    return record.path(idField).asText();
  }
}
