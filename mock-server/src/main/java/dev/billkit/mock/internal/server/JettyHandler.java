package dev.billkit.mock.internal.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Adapts Jetty's core handler API to the pipelines: reads the body, sends {@code /_mock/} to the
 * admin API and everything else to the API pipeline, then writes the reply with the headers every
 * answer carries ({@code Request-Id}, {@code Billkit-Version}) and logs one line.
 */
final class JettyHandler extends Handler.Abstract {
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
  /**
   * How much of an oversize body is read and thrown away before the refusal is sent. Closing a
   * socket with unread bytes makes the kernel send a reset, and a client still writing its body
   * then loses the 400 that explains why; draining lets it read the answer.
   */
  static final long DRAIN_BYTES = 64L * 1024 * 1024;
  static final String VERSION = "2026-11-01";
  // Headers every answer carries, encoded once rather than per response.
  private static final HttpField DEFAULT_VERSION =
      new PreEncodedHttpField("Billkit-Version", VERSION);
  private static final HttpField JSON =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
  private static final byte[] EMPTY = new byte[0];

  private final ApiPipeline api;
  private final AdminApi admin;
  private final AccessLog log;
  private final dev.billkit.mock.internal.tenant.Tenants tenants;

  JettyHandler(
      ApiPipeline api,
      AdminApi admin,
      AccessLog log,
      dev.billkit.mock.internal.tenant.Tenants tenants) {
    this.api = api;
    this.admin = admin;
    this.log = log;
    this.tenants = tenants;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long start = System.nanoTime();
    String method = request.getMethod();
    HttpURI uri = request.getHttpURI();
    HttpFields headers = request.getHeaders();
    Handled handled;
    byte[] body = EMPTY;
    String tooLarge = null;
    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      long declared = headers.getLongField(HttpHeader.CONTENT_LENGTH);
      try (InputStream stream = Content.Source.asInputStream(request)) {
        body = declared > MAX_BODY_BYTES ? null : readAtMost(stream, MAX_BODY_BYTES);
        if (body == null) {
          tooLarge = "Request bodies are limited to " + MAX_BODY_BYTES + " bytes";
          drain(stream);
        }
      } catch (IOException e) {
        body = null;
        tooLarge = "Request bodies are limited to " + MAX_BODY_BYTES + " bytes";
      }
    }
    Incoming in =
        new Incoming(
            method,
            uri.getPath(),
            uri.getQuery(),
            headers::get,
            () -> headerList(headers),
            body == null ? EMPTY : body,
            start);
    if (tooLarge != null) {
      String requestId = tenants.serverRequestId();
      handled =
          new Handled(
              Reply.error(
                  dev.billkit.mock.internal.op.ApiError.invalidRequest(
                      "parameter_invalid", tooLarge, null),
                  requestId)
                  // Whatever was not drained is still on the wire; this connection is done.
                  .withHeader("Connection", "close"),
              requestId,
              null);
    } else if (uri.getPath().startsWith("/_mock/")) {
      handled = admin.process(in);
    } else {
      handled = api.process(in);
    }
    write(request, response, callback, handled, headers.get("Billkit-Version"));
    log.log(
        method,
        in.target(),
        handled.reply().drop() ? 0 : handled.reply().status(),
        (System.nanoTime() - start) / 1000,
        handled.requestId(),
        handled.apiKey());
    return true;
  }

  /** The whole body, or null when it is longer than {@code max} bytes. */
  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] body = in.readNBytes(max + 1);
    return body.length > max ? null : body;
  }

  /** Reads and discards up to {@link #DRAIN_BYTES}; past that the connection is closed anyway. */
  private static void drain(InputStream in) throws IOException {
    byte[] sink = new byte[64 * 1024];
    long left = DRAIN_BYTES;
    for (int n; left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0; ) {
      left -= n;
    }
  }

  private static String[] headerList(HttpFields headers) {
    String[] out = new String[headers.size() * 2];
    int i = 0;
    for (HttpField field : headers) {
      out[i++] = field.getLowerCaseName();
      out[i++] = field.getValue();
    }
    return out;
  }

  private static void write(
      Request request, Response response, Callback callback, Handled handled, String version) {
    Reply reply = handled.reply();
    if (reply.drop()) {
      // The work is committed (and stored for idempotent replays); the client sees the connection
      // die.
      request.getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new EofException("connection dropped by a drop_after_commit fault"));
      return;
    }
    response.setStatus(reply.status());
    HttpFields.Mutable out = response.getHeaders();
    out.put("Request-Id", handled.requestId());
    if (version == null) {
      out.put(DEFAULT_VERSION);
    } else {
      out.put("Billkit-Version", version);
    }
    out.put(JSON);
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      out.put(h.getKey(), h.getValue());
    }
    out.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }
}
