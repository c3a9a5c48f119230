package io.cloudphone.huawei.internal.operations;

import static io.cloudphone.core.internal.HttpMethod.GET;

import io.cloudphone.core.internal.Operation;
import io.cloudphone.huawei.model.ListJobsRequest;
import io.cloudphone.huawei.model.ListJobsResponse;
import io.cloudphone.huawei.model.ShowJobRequest;
import io.cloudphone.huawei.model.ShowJobResponse;

/** Task operations (API reference section 5.4), declared as data. */
public final class JobOperations {
  private JobOperations() {}

  private static final String DOCS = "https://support.huaweicloud.com/intl/en-us/api-cph/";

  /** ShowJob (formerly QueryJobs): the status of one task. */
  public static final Operation<ShowJobRequest, ShowJobResponse> SHOW_JOB =
      Operation.builder("ShowJob", GET, "/v1/{project_id}/cloud-phone/jobs/{job_id}",
              ShowJobRequest.class, ShowJobResponse.class)
          .docUrl(DOCS + "cph_api_0521.html")
          .build();

  /** ListJobs: the tasks started by one or more requests; {@code request_ids} travels comma-separated. */
  public static final Operation<ListJobsRequest, ListJobsResponse> LIST_JOBS =
      Operation.builder("ListJobs", GET, "/v1/{project_id}/cloud-phone/jobs",
              ListJobsRequest.class, ListJobsResponse.class)
          .query("request_id", "request_ids", "offset", "limit")
          .docUrl(DOCS + "cph_api_0522.html")
          .build();
}
