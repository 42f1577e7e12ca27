package dev.billkit.mock.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The mock server's own version, written into the jar by the build. */
final class Versions {
  private static final String SERVER = load();

  private Versions() {}

  static String server() {
    return SERVER;
  }

  private static String load() {
    try (InputStream in =
        Versions.class.getResourceAsStream("/dev/billkit/mock/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
