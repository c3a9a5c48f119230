package io.cloudphone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudphone.core.CloudPhoneException;
import io.cloudphone.core.Page;
import io.cloudphone.core.Paged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LazyPagedTest {
  private final List<Optional<String>> asked = new ArrayList<>();

  private Paged<String> over(Map<String, Page<String>> pagesByToken) {
    return LazyPaged.of("Op", token -> {
      asked.add(token);
      return pagesByToken.get(token.orElse(""));
    });
  }

  @Test
  void tokensWithPlusSlashStar_followedVerbatim_untilEmptyToken() {
    Paged<String> paged = over(Map.of(
        "", new Page<>(List.of("a"), Optional.of("AAE+/x*=="), Optional.empty()),
        "AAE+/x*==", new Page<>(List.of("b"), Optional.of(""), Optional.empty())));
    assertThat(paged.stream().collect(Collectors.toList())).containsExactly("a", "b");
    assertThat(asked).containsExactly(Optional.empty(), Optional.of("AAE+/x*=="));
  }

  @Test
  void repeatedToken_isAnError_notAnEndlessLoop() {
    Paged<String> paged = over(Map.of(
        "", new Page<>(List.of("a"), Optional.of("t1"), Optional.empty()),
        "t1", new Page<>(List.of("b"), Optional.of("t1"), Optional.empty())));
    assertThatThrownBy(() -> paged.forEach(item -> { }))
        .isInstanceOf(CloudPhoneException.class).hasMessageContaining("already returned");
  }

  @Test
  void nothingFetched_untilIterated_andResumeTokenTracksProgress() {
    Paged<String> paged = over(Map.of(
        "", new Page<>(List.of("a"), Optional.of("t1"), Optional.empty()),
        "t1", new Page<>(List.of("b"), Optional.empty(), Optional.empty())));
    assertThat(asked).isEmpty();
    paged.pages().iterator().next();
    assertThat(paged.resumeToken()).hasValue("t1");
  }

  @Test
  void emptyFirstPage_givesNoItems() {
    Paged<String> paged = over(Map.of("", new Page<>(List.of(), Optional.empty(), Optional.of(0L))));
    assertThat(paged).isEmpty();
  }
}
