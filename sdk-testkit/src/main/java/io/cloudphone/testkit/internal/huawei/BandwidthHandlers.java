package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bandwidths (API reference §5.6): the project's shared bandwidths, and resizing one. Only shared bandwidths can
 * be resized, to 1 to 2000 Mbit/s.
 */
final class BandwidthHandlers {
  private static final int SHARED = 1;

  private final CphState state;

  BandwidthHandlers(CphState state) {
    this.state = state;
  }

  void register(CphRoutes routes) {
    routes.add("ShowBandwidthDetail", "GET", V1 + "/bandwidths", this::list)
        .add("UpdateBandwidth", "PUT", V1 + "/bandwidths/{band_width_id}", this::update);
  }

  private CphOutcome list(CphRequest request) {
    ObjectNode answer = CphOutcome.page(request, "band_widths", state.bandwidths.values().stream()
        .map(CphJson::bandwidth).toList(), 100).body();
    answer.remove("count");
    return CphOutcome.ok(answer);
  }

  private CphOutcome update(CphRequest request) {
    CphBandwidth bandwidth = state.bandwidths.get(request.path("band_width_id"));
    if (bandwidth == null) {
      throw CphError.badRequest("CPS.0115", "Band width not found.");
    }
    int size = request.requiredInt(request.body(), "band_width_size", 1, 2000,
        CphError.badRequest("CPS.0036", "Parameter: band_width_size is invalid."));
    if (bandwidth.shareType != SHARED) {
      throw CphError.badRequest("CPS.0160", "Only the size of shared bandwidth can be changed.");
    }
    bandwidth.size = size;
    bandwidth.updateTime = request.now;
    return CphOutcome.done(request);
  }
}
