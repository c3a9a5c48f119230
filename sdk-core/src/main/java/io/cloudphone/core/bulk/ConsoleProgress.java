package io.cloudphone.core.bulk;

import io.cloudphone.core.Clock;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows a bulk operation's progress: on a terminal, one line redrawn in place; elsewhere (a pipe, a log file, a
 * CI console) plain lines, at most one per interval plus the final one, so logs hold no {@code \r}-joined frames.
 */
public final class ConsoleProgress implements ProgressListener {
  /** How often plain-line output writes a line while the operation runs. */
  public static final Duration DEFAULT_LINE_INTERVAL = Duration.ofSeconds(5);

  private static final int WIDTH = 30;
  private final PrintStream out;
  private final boolean terminal;
  private final Clock clock;
  private final Duration interval;
  private int shownLength;
  private Instant lastLine;

  private ConsoleProgress(PrintStream out, boolean terminal, Clock clock, Duration interval) {
    this.out = Objects.requireNonNull(out, "out must not be null");
    this.terminal = terminal;
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.interval = Objects.requireNonNull(interval, "interval must not be null");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, but was " + interval);
    }
  }

  /** Progress on standard output: redrawn in place on a terminal, plain lines when output is redirected. */
  public static ConsoleProgress toStdout() {
    return to(System.out);
  }

  /**
   * Progress on {@code out}: redrawn in place when this JVM has a terminal ({@link System#console()}), plain lines
   * every {@link #DEFAULT_LINE_INTERVAL} otherwise.
   */
  public static ConsoleProgress to(PrintStream out) {
    return System.console() != null ? terminal(out) : lines(out, Clock.system(), DEFAULT_LINE_INTERVAL);
  }

  /** Progress on {@code out} as one line redrawn in place, for a terminal. */
  public static ConsoleProgress terminal(PrintStream out) {
    return new ConsoleProgress(out, true, Clock.system(), Duration.ZERO);
  }

  /**
   * Progress on {@code out} as plain lines, for logs: the first snapshot, then at most one line per
   * {@code interval} of {@code clock} time, and always the final one.
   */
  public static ConsoleProgress lines(PrintStream out, Clock clock, Duration interval) {
    return new ConsoleProgress(out, false, clock, interval);
  }

  @Override
  public synchronized void onProgress(BulkProgress p) {
    if (terminal) {
      redraw(p);
    } else {
      line(p);
    }
    out.flush();
  }

  /** Overwrites the previous frame; a shorter frame is padded so nothing of the longer one stays visible. */
  private void redraw(BulkProgress p) {
    String frame = render(p);
    out.print('\r' + frame + " ".repeat(Math.max(0, shownLength - frame.length())));
    shownLength = frame.length();
    if (p.phase() == BulkProgress.Phase.DONE) {
      out.print(System.lineSeparator());
      shownLength = 0;
    }
  }

  private void line(BulkProgress p) {
    Instant now = clock.instant();
    boolean due = lastLine == null || !now.isBefore(lastLine.plus(interval));
    if (due || p.phase() == BulkProgress.Phase.DONE) {
      out.println(render(p));
      lastLine = now;
    }
  }

  /** The line for a snapshot, e.g. {@code restart phones [#######.....] 7000/10000 ok 6990 failed 10 ...}. */
  public static String render(BulkProgress p) {
    int filled = p.total() == 0 ? WIDTH : (int) ((long) p.settled() * WIDTH / p.total());
    StringBuilder line = new StringBuilder(p.operation()).append(" [");
    for (int i = 0; i < WIDTH; i++) {
      line.append(i < filled ? '#' : '.');
    }
    line.append("] ").append(p.settled()).append('/').append(p.total())
        .append(" ok ").append(p.succeeded()).append(" failed ").append(p.failed())
        .append(" in flight ").append(p.inFlight());
    if (p.notAttempted() > 0) {
      line.append(" not attempted ").append(p.notAttempted());
    }
    line.append(String.format(Locale.ROOT, " %.1f/s", p.perSecond()));
    p.estimatedRemaining().ifPresent(left -> line.append(" ~").append(format(left)).append(" left"));
    p.learnedRate().ifPresent(rate -> line.append(String.format(Locale.ROOT, " pace %.1f req/s", rate)));
    if (p.throttledShare() > 0) {
      line.append(String.format(Locale.ROOT, " throttled %.1f%%", p.throttledShare() * 100));
    }
    return line.append(' ').append(p.phase().name().toLowerCase(Locale.ROOT)).toString();
  }

  private static String format(Duration d) {
    long seconds = d.toSeconds();
    return seconds >= 60 ? seconds / 60 + "m" + seconds % 60 + "s" : seconds + "s";
  }
}
