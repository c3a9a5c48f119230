package io.cloudphone.testkit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tiny imitation of a phone's {@code /system/bin/sh}, enough for demos and tests to see believable output:
 * {@code echo}, {@code getprop}, {@code whoami}, {@code id}, {@code pwd}, {@code date}, {@code uname},
 * {@code hostname}, {@code ls}, {@code pm list packages}, {@code true}; commands separated by {@code ;} or
 * {@code &&} run in turn. Anything else fails the way the phone's shell would.
 */
public final class FakeShell {
  /** How a command ended: its output, and whether it succeeded. */
  public record Result(boolean succeeded, String output) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

  private FakeShell() {}

  /**
   * Runs {@code command} on a phone.
   *
   * @param phoneName the phone's name (what {@code hostname} prints)
   * @param model the phone's model (what {@code getprop ro.product.model} prints)
   * @param now the fake's time (what {@code date} prints)
   */
  public static Result run(String command, String phoneName, String model, Instant now) {
    List<String> lines = new ArrayList<>();
    for (String part : command.split(";|&&")) {
      String single = part.trim();
      if (single.isEmpty()) {
        continue;
      }
      Result result = runOne(single, phoneName, model, now);
      if (!result.output().isEmpty()) {
        lines.add(result.output());
      }
      if (!result.succeeded()) {
        return new Result(false, String.join("\n", lines));
      }
    }
    return new Result(true, String.join("\n", lines));
  }

  private static Result runOne(String command, String phoneName, String model, Instant now) {
    String[] words = command.split("\\s+");
    String rest = command.substring(words[0].length()).trim();
    return switch (words[0]) {
      case "echo" -> ok(unquote(rest));
      case "getprop" -> ok(property(rest, model));
      case "whoami" -> ok("root");
      case "id" -> ok("uid=0(root) gid=0(root) groups=0(root) context=u:r:su:s0");
      case "pwd" -> ok("/");
      case "date" -> ok(DATE.format(now));
      case "uname" -> ok(rest.contains("-a") ? "Linux localhost 5.10.0-android12 #1 SMP PREEMPT aarch64" : "Linux");
      case "hostname" -> ok(phoneName);
      case "true", ":" -> ok("");
      case "ls" -> ok(rest.contains("sdcard") ? "Alarms\nDCIM\nDownload\nMovies\nMusic\nPictures"
          : "acct\napex\nbin\ncache\nconfig\ndata\ndev\netc\nproc\nsdcard\nsys\nsystem\nvendor");
      case "pm" -> rest.startsWith("list packages")
          ? ok("package:com.android.settings\npackage:com.android.systemui\npackage:com.android.shell")
          : new Result(false, "Unknown command: " + rest);
      default -> new Result(false, "/system/bin/sh: " + words[0] + ": inaccessible or not found");
    };
  }

  private static String property(String key, String model) {
    return switch (key) {
      case "" -> "[ro.product.model]: [" + model + "]\n[ro.build.version.release]: [12]";
      case "ro.product.model" -> model;
      case "ro.build.version.release" -> "12";
      case "ro.build.version.sdk" -> "31";
      case "ro.product.cpu.abi" -> "arm64-v8a";
      default -> "";
    };
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
        || text.startsWith("'") && text.endsWith("'"))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  private static Result ok(String output) {
    return new Result(true, output);
  }
}
