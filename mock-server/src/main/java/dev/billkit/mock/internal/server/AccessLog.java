package dev.billkit.mock.internal.server;

import java.io.PrintStream;

/**
 * One compact line per request, e.g. {@code POST /v1/customers 200 0.8ms req_4f.. sk_test_…a1b2}.
 * Lines go through a buffered stream that a daemon thread flushes every 200 ms (and {@link #flush}
 * at shutdown), so logging does not cost a system call per request. Thread-safe.
 */
public final class AccessLog {
  private final PrintStream out;

  /** A log on {@code out}; null means no logging. */
  public AccessLog(PrintStream out) {
    this.out = out;
  }

  /** Writes one line. */
  public void log(
      String method, String path, int status, long micros, String requestId, String apiKey) {
    if (out == null) {
      return;
    }
    StringBuilder line =
        new StringBuilder(96)
            .append(method)
            .append(' ')
            .append(path)
            .append(' ')
            .append(status)
            .append(' ')
            .append(micros / 1000)
            .append('.')
            .append((micros / 100) % 10)
            .append("ms ")
            .append(requestId == null ? "-" : requestId)
            .append(' ')
            .append(mask(apiKey));
    out.println(line);
  }

  /** Flushes buffered lines. */
  public void flush() {
    if (out != null) {
      out.flush();
    }
  }

  /** Shows only the key's last four characters: secrets stay out of logs, tenants stay tellable. */
  static String mask(String apiKey) {
    if (apiKey == null) {
      return "-";
    }
    return apiKey.length() <= 12
        ? "sk_test_…"
        : "sk_test_…" + apiKey.substring(apiKey.length() - 4);
  }
}
