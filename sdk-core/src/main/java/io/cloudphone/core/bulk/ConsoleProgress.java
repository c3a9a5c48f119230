package io.cloudphone.core.bulk;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Draws a one-line progress bar on a console (JShell, a terminal), redrawn in place. */
public final class ConsoleProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintStream out;

  private ConsoleProgress(PrintStream out) {
    this.out = out;
  }

  /** A renderer writing to standard output. */
  public static ConsoleProgress toStdout() {
    return new ConsoleProgress(System.out);
  }

  /** A renderer writing to {@code out}. */
  public static ConsoleProgress to(PrintStream out) {
    return new ConsoleProgress(out);
  }

  @Override
  public synchronized void onProgress(BulkProgress p) {
    out.print('\r' + render(p) + (p.phase() == BulkProgress.Phase.DONE ? System.lineSeparator() : ""));
    out.flush();
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
