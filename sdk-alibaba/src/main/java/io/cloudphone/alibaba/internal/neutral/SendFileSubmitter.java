package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.AlibabaCloudPhoneClient;
import io.cloudphone.alibaba.model.InstanceFileTask;
import io.cloudphone.alibaba.model.SendFileRequest;
import io.cloudphone.alibaba.model.SendFileResponse;
import io.cloudphone.core.bulk.ItemResult;
import io.cloudphone.core.internal.ChunkSubmitter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one SendFile request per chunk. An {@code oss://} source goes through the client region's internal OSS
 * endpoint (UploadType OSS, {@code targetPath} a folder on the phone); an {@code http(s)://} source is a public
 * download link (UploadType DOWNLOAD_URL, {@code targetPath} a file path on the phone).
 */
final class SendFileSubmitter implements ChunkSubmitter {
  private final AlibabaCloudPhoneClient client;
  private final SendFileRequest template;

  SendFileSubmitter(AlibabaCloudPhoneClient client, String source, String targetPath) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(targetPath, "targetPath");
    this.client = client;
    String lower = source.toLowerCase(Locale.ROOT);
    SendFileRequest.Builder request = SendFileRequest.builder().sourceFilePath(targetPath).uploadUrl(source)
        .addAndroidInstanceIdList("placeholder");
    if (lower.startsWith("oss://")) {
      // UploadEndpoint is required for OSS; the same-region internal endpoint avoids Internet traffic.
      request.uploadType("OSS").uploadEndpoint("oss-" + client.regionId() + "-internal.aliyuncs.com");
    } else if (lower.startsWith("https://") || lower.startsWith("http://")) {
      request.uploadType("DOWNLOAD_URL");
    } else {
      throw new IllegalArgumentException("source must be an oss:// URL or an http(s):// download link but was "
          + source);
    }
    this.template = request.build();
  }

  @Override
  public CompletableFuture<Map<String, ItemResult>> submit(List<String> ids) {
    SendFileRequest request = SendFileRequest.builder().from(template).androidInstanceIdList(ids).build();
    return client.async().sendFile(request).thenApply(response -> results(ids, response));
  }

  /** Each phone under its own task from Data; a phone Data leaves out (when it lists any) was not accepted. */
  static Map<String, ItemResult> results(List<String> ids, SendFileResponse response) {
    if (response.data().isEmpty()) {
      return AlibabaPhones.accepted(ids, response.taskId());
    }
    Map<String, Optional<String>> taskOf = new HashMap<>();
    for (InstanceFileTask task : response.data()) {
      task.androidInstanceId().ifPresent(id -> taskOf.put(id, task.taskId().or(response::taskId)));
    }
    Map<String, ItemResult> out = new LinkedHashMap<>();
    for (String id : ids) {
      if (taskOf.containsKey(id)) {
        out.putAll(AlibabaPhones.accepted(List.of(id), taskOf.get(id)));
      } else {
        out.put(id, ItemResult.failed(id, null, "SendFile did not list this instance among those it accepted"));
      }
    }
    return out;
  }
}
