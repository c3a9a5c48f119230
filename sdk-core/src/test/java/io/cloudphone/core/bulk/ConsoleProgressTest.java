package io.cloudphone.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudphone.core.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private static final String NL = System.lineSeparator();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));

  @Test
  void render_showsBarCountsRateAndTimeLeft() {
    String line = ConsoleProgress.render(new BulkProgress("restart phones", BulkProgress.Phase.SUBMITTING,
        10_000, 4_990, 10, 200, 0, 812.5, Optional.of(Duration.ofSeconds(75))));
    assertThat(line).isEqualTo("restart phones [###############...............] 5000/10000 ok 4990 failed 10"
        + " in flight 200 812.5/s ~1m15s left submitting");
  }

  @Test
  void terminal_shorterFrameAfterLongerOne_padsOverTheRestOfTheLongerOne() {
    ConsoleProgress progress = ConsoleProgress.terminal(out);

    progress.onProgress(snapshot(BulkProgress.Phase.AWAITING, 5, 5));
    progress.onProgress(snapshot(BulkProgress.Phase.DONE, 10, 0));

    String awaiting = "op [###############...............] 5/10 ok 5 failed 0 in flight 5 4.2/s awaiting";
    String done = "op [##############################] 10/10 ok 10 failed 0 in flight 0 4.2/s done";
    assertThat(output()).isEqualTo("\r" + awaiting + "\r" + done
        + " ".repeat(awaiting.length() - done.length()) + NL);
  }

  @Test
  void terminal_longerFrameAfterShorterOne_isWrittenAsIs() {
    ConsoleProgress progress = ConsoleProgress.terminal(out);
    BulkProgress shorter = snapshot(BulkProgress.Phase.AWAITING, 5, 5);
    BulkProgress longer = new BulkProgress("op", BulkProgress.Phase.AWAITING, 10, 5, 0, 5, 0, 4.2,
        Optional.of(Duration.ofSeconds(90)));

    progress.onProgress(shorter);
    progress.onProgress(longer);

    assertThat(output()).isEqualTo("\r" + ConsoleProgress.render(shorter) + "\r" + ConsoleProgress.render(longer));
  }

  @Test
  void terminal_afterTheFinalFrame_theNextOperationStartsOnAFreshLineWithoutPadding() {
    ConsoleProgress progress = ConsoleProgress.terminal(out);
    BulkProgress next = new BulkProgress("x", BulkProgress.Phase.SUBMITTING, 1, 0, 0, 0, 0, 0, Optional.empty());

    progress.onProgress(snapshot(BulkProgress.Phase.DONE, 10, 0));
    progress.onProgress(next);

    assertThat(output()).isEqualTo("\r" + ConsoleProgress.render(snapshot(BulkProgress.Phase.DONE, 10, 0)) + NL
        + "\r" + ConsoleProgress.render(next));
  }

  @Test
  void lines_snapshotsWithinTheInterval_printOnlyTheFirstAndTheFinalLine() {
    ConsoleProgress progress = ConsoleProgress.lines(out, clock, Duration.ofSeconds(5));

    progress.onProgress(snapshot(BulkProgress.Phase.SUBMITTING, 0, 0));
    clock.advance(Duration.ofSeconds(1));
    progress.onProgress(snapshot(BulkProgress.Phase.SUBMITTING, 3, 3));
    clock.advance(Duration.ofSeconds(3));
    progress.onProgress(snapshot(BulkProgress.Phase.AWAITING, 5, 5));
    progress.onProgress(snapshot(BulkProgress.Phase.DONE, 10, 0));

    assertThat(output()).doesNotContain("\r").isEqualTo(
        ConsoleProgress.render(snapshot(BulkProgress.Phase.SUBMITTING, 0, 0)) + NL
            + ConsoleProgress.render(snapshot(BulkProgress.Phase.DONE, 10, 0)) + NL);
  }

  @Test
  void lines_snapshotsAnIntervalApart_printOneLineEach() {
    ConsoleProgress progress = ConsoleProgress.lines(out, clock, Duration.ofSeconds(5));

    progress.onProgress(snapshot(BulkProgress.Phase.SUBMITTING, 0, 0));
    clock.advance(Duration.ofSeconds(5));
    progress.onProgress(snapshot(BulkProgress.Phase.SUBMITTING, 3, 3));
    clock.advance(Duration.ofSeconds(4));
    progress.onProgress(snapshot(BulkProgress.Phase.AWAITING, 4, 4));
    clock.advance(Duration.ofSeconds(1));
    progress.onProgress(snapshot(BulkProgress.Phase.AWAITING, 5, 5));

    assertThat(output().split(NL)).extracting(line -> line.substring(line.indexOf("] ") + 2, line.indexOf(" ok")))
        .containsExactly("0/10", "3/10", "5/10");
  }

  @Test
  void lines_finalSnapshotRightAfterAnother_isStillPrinted() {
    ConsoleProgress progress = ConsoleProgress.lines(out, clock, Duration.ofSeconds(5));

    progress.onProgress(snapshot(BulkProgress.Phase.AWAITING, 9, 1));
    progress.onProgress(snapshot(BulkProgress.Phase.DONE, 10, 0));

    String[] lines = output().split(NL);
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).endsWith(" done");
  }

  @Test
  void to_withoutAConsole_printsPlainLines() {
    // Surefire's forked JVM has no terminal, as a program whose output goes to a file or a pipe.
    ConsoleProgress progress = ConsoleProgress.to(out);

    progress.onProgress(snapshot(BulkProgress.Phase.DONE, 10, 0));

    assertThat(System.console()).isNull();
    assertThat(output()).isEqualTo(ConsoleProgress.render(snapshot(BulkProgress.Phase.DONE, 10, 0)) + NL);
  }

  private static BulkProgress snapshot(BulkProgress.Phase phase, int succeeded, int inFlight) {
    return new BulkProgress("op", phase, 10, succeeded, 0, inFlight, 0, 4.2, Optional.empty());
  }

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
