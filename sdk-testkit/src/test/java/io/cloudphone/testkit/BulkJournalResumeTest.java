package io.cloudphone.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.bulk.BulkResult;
import io.cloudphone.core.bulk.ItemOutcome;
import io.cloudphone.core.bulk.ItemResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming journals left by a crash against the Alibaba fake, in process (the crash itself: BulkJournalCrashTest). */
class BulkJournalResumeTest {
  @TempDir
  Path dir;

  private static String header(String kind, List<String> ids) {
    return "{\"type\":\"operation\",\"kind\":\"" + kind + "\",\"name\":\"reset phones\",\"repeatable\":false,"
        + "\"params\":{},\"ids\":[\"" + String.join("\",\"", ids) + "\"]}\n";
  }

  @Test
  void resume_alibabaResetCrashedMidway_unansweredNotRepeatedAcceptedAwaitedRestSentOnce() throws IOException {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      List<String> ids = fake.phoneIds().subList(0, 4);
      Path journal = dir.resolve("reset.jsonl");
      Files.writeString(journal, header("alibaba:reset-phones", ids)
          + "{\"type\":\"sent\",\"ids\":[\"" + ids.get(0) + "\"]}\n"
          + "{\"type\":\"sent\",\"ids\":[\"" + ids.get(1) + "\"]}\n"
          + "{\"type\":\"answer\",\"items\":[{\"id\":\"" + ids.get(1) + "\",\"outcome\":\"IN_PROGRESS\"}]}\n"
          + "{\"type\":\"sent\",\"ids\":[\"" + ids.get(2) + "\"");  // torn by the crash: never sent

      BulkResult result = fake.client().phones().resume(journal).awaitCompletion(Duration.ofMinutes(5));

      Map<String, ItemResult> byId = result.items().stream().collect(Collectors.toMap(ItemResult::id, i -> i));
      assertThat(result.items()).extracting(ItemResult::id).containsExactlyElementsOf(ids);
      assertThat(byId.get(ids.get(0)).outcome()).isEqualTo(ItemOutcome.FAILED);
      assertThat(byId.get(ids.get(0)).errorMessage().orElseThrow()).contains("DescribeTasks shows no ResetInstance",
          "not sent again");
      assertThat(ids.subList(1, 4)).allSatisfy(id ->
          assertThat(byId.get(id).outcome()).isEqualTo(ItemOutcome.SUCCEEDED));
      assertThat(fake.requestLog().count("ResetAndroidInstancesInGroup")).isEqualTo(1); // ids 2 and 3, once
      assertThat(Files.readAllLines(journal)).anySatisfy(line -> assertThat(line).startsWith("{\"type\":\"resumed\""));
    }
  }

  @Test
  void resume_huaweiJournalOnAlibabaClient_isRefusedBeforeSending() throws IOException {
    try (FakeAlibabaCloudPhone fake = FakeAlibabaCloudPhone.start()) {
      Path journal = dir.resolve("huawei.jsonl");
      Files.writeString(journal, header("huawei:reset-phones", fake.phoneIds().subList(0, 1)));

      assertThatThrownBy(() -> fake.client().phones().resume(journal))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind huawei:reset-phones");
      assertThat(fake.requestLog().requests()).isEmpty();
    }
  }
}
