package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;
import static io.cloudphone.core.internal.HttpMethod.PUT;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.ShowBandwidthDetailRequest;
import io.cloudphone.huawei.model.ShowBandwidthDetailResponse;
import io.cloudphone.huawei.model.UpdateBandwidthRequest;
import io.cloudphone.huawei.model.UpdateBandwidthResponse;

/** Bandwidth operations (API reference section 5.2), declared as data. */
public final class BandwidthOperations {
  private BandwidthOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ShowBandwidthDetail (QueryBandwidth in the reference): one page of bandwidths. */
  public static final Operation<ShowBandwidthDetailRequest, ShowBandwidthDetailResponse> SHOW_BANDWIDTH_DETAIL =
      Operation.builder("ShowBandwidthDetail", GET, "/v1/{project_id}/cloud-phone/bandwidths",
              ShowBandwidthDetailRequest.class, ShowBandwidthDetailResponse.class)
          .query("offset", "limit")
          .docUrl(DOCS + "cph_api_0511.html")
          .build();

  /** UpdateBandwidth: resizes one shared bandwidth. */
  public static final Operation<UpdateBandwidthRequest, UpdateBandwidthResponse> UPDATE_BANDWIDTH =
      Operation.builder("UpdateBandwidth", PUT, "/v1/{project_id}/cloud-phone/bandwidths/{band_width_id}",
              UpdateBandwidthRequest.class, UpdateBandwidthResponse.class)
          .docUrl(DOCS + "cph_api_0512.html")
          .build();
}
