package dev.billkit.webhooks.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The request the handler sees: its body is the verified bytes, readable as often as needed. Each
 * call to {@link #getInputStream()} or {@link #getReader()} starts again at the first byte, so
 * unlike a plain servlet request both may be used.
 */
final class VerifiedRequest extends HttpServletRequestWrapper {

  private final byte[] body;

  VerifiedRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    return new BytesInputStream(body);
  }

  /**
   * Decodes with the charset the request declared; JSON without one is UTF-8 (RFC 8259), so that is
   * the default instead of the servlet's ISO-8859-1.
   */
  @Override
  public BufferedReader getReader() throws UnsupportedEncodingException {
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  private Charset charset() throws UnsupportedEncodingException {
    String declared = getCharacterEncoding();
    if (declared == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(declared);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UnsupportedEncodingException(declared);
    }
  }

  private static final class BytesInputStream extends ServletInputStream {
    private final ByteArrayInputStream in;

    BytesInputStream(byte[] body) {
      this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, len);
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      // The body is already in memory: it is ready at once and ends after one pass.
      try {
        listener.onDataAvailable();
        listener.onAllDataRead();
      } catch (java.io.IOException e) {
        listener.onError(e);
      }
    }
  }
}
