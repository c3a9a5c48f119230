package io.cloudphone.examples;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.alibaba.model.DescribeAndroidInstancesRequest;
import io.cloudphone.core.CloudPhoneClient;
import io.cloudphone.core.bulk.BulkOptions;
import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.huawei.HuaweiCphClient;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailRequest;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The phone operations of a backend service, on one client shared by every request it serves: each call returns a
 * {@link CompletableFuture} at once and no thread of the service waits on the network.
 */
public final class PhoneService {
  private final CloudPhoneClient cloud;

  /**
   * What the service answers about one phone.
   *
   * @param id the phone id
   * @param name its name, when it has one
   * @param providerStatus its status in the provider's own terms ({@code 2}, {@code RUNNING}, ...)
   */
  public record PhoneSummary(String id, Optional<String> name, String providerStatus) {}

  /** A service on {@code cloud}, a client shared with the rest of the application. */
  public PhoneService(CloudPhoneClient cloud) {
    this.cloud = cloud;
  }

  /**
   * Reads one phone with the typed client's non-blocking call (the neutral {@code phones().get} blocks).
   *
   * <p>When the phone does not exist the future fails: on Huawei with the SDK's
   * {@link io.cloudphone.core.NotFoundException}, on Alibaba (whose listing just leaves it out) with a
   * {@link NoSuchElementException}.
   */
  public CompletableFuture<PhoneSummary> summary(String phoneId) {
    return switch (cloud.provider()) {
      case HUAWEI -> cloud.unwrap(HuaweiCphClient.class).async()
          .showCloudPhoneDetail(ShowCloudPhoneDetailRequest.builder().phoneId(phoneId).build())
          .thenApply(detail -> new PhoneSummary(phoneId, detail.phoneName(),
              detail.status().map(String::valueOf).orElse("")));
      case ALIBABA -> cloud.unwrap(AlibabaCloudPhoneClient.class).async()
          .describeAndroidInstances(DescribeAndroidInstancesRequest.builder().addAndroidInstanceIds(phoneId).build())
          .thenApply(answer -> answer.instanceModel().stream().findFirst()
              .map(instance -> summaryOf(phoneId, instance))
              .orElseThrow(() -> new NoSuchElementException("no Android instance " + phoneId)));
    };
  }

  /** Reads many phones at once, every call in flight together; completes with the summaries in input order. */
  public CompletableFuture<List<PhoneSummary>> summaries(List<String> phoneIds) {
    List<CompletableFuture<PhoneSummary>> calls = phoneIds.stream().map(this::summary).toList();
    return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
        .thenApply(done -> calls.stream().map(CompletableFuture::join).toList());
  }

  /**
   * Restarts phones with at most {@code maxConcurrency} requests of {@code chunkSize} phones in flight; completes,
   * without blocking anyone, when every phone has its outcome or {@code timeout} has passed (then exceptionally,
   * with a {@link io.cloudphone.core.bulk.BulkTimeoutException} carrying the partial result).
   */
  public CompletableFuture<BulkResult> restart(List<String> phoneIds, int maxConcurrency, int chunkSize,
      Duration timeout) {
    BulkOptions bounded = BulkOptions.builder().maxConcurrency(maxConcurrency).chunkSize(chunkSize).build();
    return cloud.phones().restart(phoneIds, bounded).completion(timeout);
  }

  private static PhoneSummary summaryOf(String phoneId, AndroidInstance instance) {
    return new PhoneSummary(phoneId, instance.androidInstanceName(), instance.androidInstanceStatus().orElse(""));
  }
}
