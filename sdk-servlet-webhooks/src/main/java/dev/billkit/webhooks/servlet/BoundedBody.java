package dev.billkit.webhooks.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a request body but never more than a bound, whatever Content-Length claimed. */
final class BoundedBody {

  private static final int CHUNK = 8192;

  private BoundedBody() {}

  /**
   * Reads the body of {@code request}, refusing at once a Content-Length over {@code max}.
   *
   * @return the body, or {@code null} if it is longer than {@code max} bytes
   */
  static byte[] read(HttpServletRequest request, int max) throws IOException {
    long declared = request.getContentLengthLong();
    return declared > max ? null : read(request.getInputStream(), declared, max);
  }

  /**
   * Reads all of {@code in}.
   *
   * @param declaredLength the Content-Length, or -1; only a sizing hint, never trusted
   * @param max the most bytes accepted
   * @return the body, or {@code null} as soon as more than {@code max} bytes arrived
   */
  static byte[] read(InputStream in, long declaredLength, int max) throws IOException {
    int initial = declaredLength >= 0 ? (int) Math.min(declaredLength, max) : Math.min(CHUNK, max);
    byte[] buf = new byte[Math.max(initial, 1)];
    int size = 0;
    while (true) {
      if (size == buf.length) {
        if (size > max) {
          return null;
        }
        // Grow to at most max + 1: one byte past the bound is enough to know it was exceeded.
        long grown = Math.min((long) max + 1, Math.max((long) size * 2, size + CHUNK));
        buf = Arrays.copyOf(buf, (int) grown);
      }
      int n = in.read(buf, size, buf.length - size);
      if (n < 0) {
        break;
      }
      size += n;
    }
    if (size > max) {
      return null;
    }
    return size == buf.length ? buf : Arrays.copyOf(buf, size);
  }
}
