package dev.billkit.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code billkit-java/<version> (java <v>; <os> <arch>)}, computed once. */
final class UserAgent {
  static final String VERSION = readVersion();
  static final String VALUE = "billkit-java/" + VERSION + " (java "
      + System.getProperty("java.version") + "; " + System.getProperty("os.name") + " "
      + System.getProperty("os.arch") + ")";

  private UserAgent() {}

  /** The Maven version, written into {@code version.properties} by resource filtering. */
  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
