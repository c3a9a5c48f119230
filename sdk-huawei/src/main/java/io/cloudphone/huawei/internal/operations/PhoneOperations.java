package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.ListCloudPhonesRequest;
import io.cloudphone.huawei.model.ListCloudPhonesResponse;

/** Cloud phone operations (API reference section 5.3), declared as data. */
public final class PhoneOperations {
  private PhoneOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ListCloudPhones: one page of phones, filtered. */
  public static final Operation<ListCloudPhonesRequest, ListCloudPhonesResponse> LIST_CLOUD_PHONES =
      Operation.builder("ListCloudPhones", GET, "/v1/{project_id}/cloud-phone/phones",
              ListCloudPhonesRequest.class, ListCloudPhonesResponse.class)
          .query("phone_name", "server_id", "status", "offset", "limit", "type")
          .docUrl(DOCS + "cph_02_0030.html")
          .build();
}
