package dev.billkit.benchmarks.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The floor for {@code GET /v1/customers/{id}}: a bare Jetty 12 handler that answers every request
 * with the bytes the mock server answers, status 200 and the same headers in the same order
 * ({@code Request-Id}, {@code Billkit-Version}, {@code Content-Type}, {@code Content-Length}), and
 * does nothing else: no routing, authentication, tenant, journal or access log.
 *
 * <p>{@code java -cp benchmarks.jar dev.billkit.benchmarks.http.FloorGetServer --port 0
 * [--body-file customer.json]} prints {@code {"status":"ready","port":N,"url":"..."}} when ready.
 * Without {@code --body-file} it answers a customer of the mock's current shape.
 *
 * <p>The handler is blocking ({@link Handler.Abstract}), as the mock's is, so both run on the same
 * Jetty threading path and the difference between them is the mock's own work.
 */
public final class FloorGetServer {
  static final String DEFAULT_BODY =
      "{\"id\":\"cus_0cvbmO4xdTF9IZ\",\"object\":\"customer\",\"created_at\":\"2026-11-01T00:00:00Z\","
          + "\"livemode\":false,\"metadata\":{},\"email\":\"a@example.com\",\"name\":null,"
          + "\"external_id\":null,\"billing_address\":null,\"default_payment_method\":null,"
          + "\"test_clock\":null}";

  private FloorGetServer() {}

  public static void main(String[] args) throws Exception {
    String file = FloorServer.option(args, "--body-file", null);
    byte[] body =
        file == null
            ? DEFAULT_BODY.getBytes(StandardCharsets.UTF_8)
            : Files.readAllBytes(Path.of(file));
    FloorServer.start(args, new Canned(body)).join();
  }

  private static final class Canned extends Handler.Abstract {
    private final byte[] body;

    Canned(byte[] body) {
      this.body = body;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      response.setStatus(200);
      HttpFields.Mutable out = response.getHeaders();
      out.put("Request-Id", FloorServer.requestId());
      out.put("Billkit-Version", "2026-11-01");
      out.put(HttpHeader.CONTENT_TYPE, "application/json");
      out.put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
      return true;
    }
  }
}
