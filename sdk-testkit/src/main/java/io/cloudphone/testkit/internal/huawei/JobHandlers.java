package io.cloudphone.testkit.internal.huawei;

import static io.cloudphone.testkit.internal.huawei.CphRoutes.V1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Jobs (API reference §5.5): every asynchronous operation's jobs, by job id or by the request that started them. */
final class JobHandlers {
  private static final int MAX_REQUEST_IDS = 20;

  private final CphState state;

  JobHandlers(CphState state) {
    this.state = state;
  }

  void register(CphRoutes routes) {
    routes.add("ListJobs", "GET", V1 + "/jobs", this::list)
        .add("ShowJob", "GET", V1 + "/jobs/{job_id}", this::show);
  }

  /** ListJobs: the jobs of one request ({@code request_id}) or of up to 20 ({@code request_ids}). */
  private CphOutcome list(CphRequest request) {
    List<String> requestIds = new ArrayList<>();
    request.query("request_id").ifPresent(requestIds::add);
    request.url.queryParameterValues("request_ids").stream().filter(v -> v != null && !v.isEmpty())
        .forEach(many -> requestIds.addAll(List.of(many.split(","))));
    if (requestIds.isEmpty()) {
      throw CphError.badRequest("CPS.0049", "Parameter: request_id is empty.");
    }
    if (requestIds.size() > MAX_REQUEST_IDS) {
      throw CphError.badRequest("CPS.0161", "Parameter: the number of request IDs has exceeded the limit.");
    }
    List<ObjectNode> found = new ArrayList<>();
    for (String requestId : requestIds) {
      state.jobsByRequest.getOrDefault(requestId.trim(), List.of())
          .forEach(job -> found.add(CphJson.job(job, request.now)));
    }
    if (found.isEmpty()) {
      throw CphError.badRequest("CPS.0050", "Jobs related to this requestId is not found.");
    }
    return CphOutcome.page(request, "jobs", found, 100);
  }

  private CphOutcome show(CphRequest request) {
    CphJob job = state.jobs.get(request.path("job_id"));
    if (job == null) {
      throw CphError.badRequest("CPS.0011", "Job not found.");
    }
    ObjectNode answer = CphJson.job(job, request.now).put("request_id", request.requestId);
    if (!answer.has("end_time")) {
      answer.putNull("end_time").putNull("error_code").putNull("error_msg").putNull("execute_msg");
    }
    return CphOutcome.ok(answer);
  }
}
