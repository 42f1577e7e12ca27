package dev.billkit.mock.internal.server;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One compact line per request, e.g. {@code POST /v1/customers 200 0.8ms req_4f.. sk_test_…a1b2}.
 * Lines go through a buffered stream that a daemon thread flushes every 200 ms (and {@link #flush}
 * at shutdown), so logging does not cost a system call per request. Each line is assembled as
 * UTF-8 bytes and written in one call: through a {@code PrintStream}'s character path a line cost
 * five times its own size in garbage, on every request. Thread-safe.
 */
public final class AccessLog {
  private static final byte[] MASK = "sk_test_…".getBytes(StandardCharsets.UTF_8);
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
    Line line = new Line(method.length() + path.length() + 64);
    line.text(method).ascii(' ').text(path).ascii(' ').number(status).ascii(' ');
    line.number(micros / 1000).ascii('.').number((micros / 100) % 10).text("ms ");
    line.text(requestId == null ? "-" : requestId).ascii(' ');
    if (apiKey == null) {
      line.ascii('-');
    } else {
      line.bytes(MASK);
      if (apiKey.length() > 12) {
        line.text(apiKey.substring(apiKey.length() - 4));
      }
    }
    line.ascii('\n');
    out.write(line.buf, 0, line.size);
  }

  /** Flushes buffered lines. */
  public void flush() {
    if (out != null) {
      out.flush();
    }
  }

  /** A growable UTF-8 line. */
  private static final class Line {
    byte[] buf;
    int size;

    Line(int capacity) {
      buf = new byte[capacity];
    }

    Line ascii(char c) {
      room(1);
      buf[size++] = (byte) c;
      return this;
    }

    Line text(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c >= 0x80) {
          // Rare (a raw non-ASCII target): encode the rest properly, surrogate pairs included.
          return bytes(s.substring(i).getBytes(StandardCharsets.UTF_8));
        }
        ascii(c);
      }
      return this;
    }

    Line number(long n) {
      return text(Long.toString(n));
    }

    Line bytes(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
      return this;
    }

    private void room(int n) {
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }
  }
}
