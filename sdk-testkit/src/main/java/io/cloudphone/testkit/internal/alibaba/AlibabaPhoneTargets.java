package io.cloudphone.testkit.internal.alibaba;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;

/**
 * The instances an eds-aic call targets, for the request log: every parameter the declared operations name
 * instances with, flattened ({@code InstanceIds.1}), as a JSON array or comma-joined, in the order sent.
 */
final class AlibabaPhoneTargets {
  private static final List<String> NAMES = List.of("AndroidInstanceIds", "AndroidInstanceIdList", "InstanceIds",
      "InstanceIdList", "AndroidInstanceId", "InstanceId");

  private AlibabaPhoneTargets() {}

  static List<String> of(RecordedRequest request) {
    AlibabaRpcCall call = AlibabaRpcCall.of(request);
    List<String> ids = new ArrayList<>();
    for (String name : NAMES) {
      ids.addAll(call.ids(name, Integer.MAX_VALUE));
    }
    return ids;
  }
}
