package io.cloudphone.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version and the User-Agent it sends. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /** The version from the build, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  /** {@code cloudphone-java/<version>} followed by the Java version. */
  public static String userAgent() {
    return "cloudphone-java/" + VERSION + " (Java " + Runtime.version().feature() + ")";
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/io/cloudphone/core/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "dev");
      return version.startsWith("${") ? "dev" : version;
    } catch (IOException e) {
      return "dev";
    }
  }
}
