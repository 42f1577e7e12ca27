package dev.billkit.benchmarks.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The reference for {@code POST /v1/customers}: a bare Jetty 12 handler that reads the JSON body
 * (blocking, as the mock does), parses it with Moshi, stores the parsed body under a new id in a
 * concurrent map (kept for the life of the process, as the mock keeps its customers), and answers
 * a customer of the mock's shape serialized with Moshi, with the mock's headers ({@code
 * Request-Id}, {@code Billkit-Version}, {@code Content-Type}, the echoed {@code Idempotency-Key},
 * {@code Content-Length}). No validation, idempotency store, tenant, journal or access log.
 *
 * <p>{@code java -cp benchmarks.jar dev.billkit.benchmarks.http.FloorPostServer --port 0} prints
 * {@code {"status":"ready","port":N,"url":"..."}} when ready.
 */
public final class FloorPostServer {
  private FloorPostServer() {}

  public static void main(String[] args) throws Exception {
    FloorServer.start(args, new Store()).join();
  }

  private static final class Store extends Handler.Abstract {
    private final JsonAdapter<Map<String, Object>> adapter =
        new Moshi.Builder()
            .build()
            .<Map<String, Object>>adapter(
                Types.newParameterizedType(Map.class, String.class, Object.class))
            .serializeNulls();
    private final Map<String, Map<String, Object>> customers = new ConcurrentHashMap<>();

    @Override
    public boolean handle(Request request, Response response, Callback callback)
        throws IOException {
      byte[] raw;
      try (InputStream in = Content.Source.asInputStream(request)) {
        raw = in.readAllBytes();
      }
      Map<String, Object> params = adapter.fromJson(new Buffer().write(raw));
      String requestId = FloorServer.requestId();
      String id = "cus_" + requestId.substring(4);
      customers.put(id, params);
      Map<String, Object> customer = new LinkedHashMap<>();
      customer.put("id", id);
      customer.put("object", "customer");
      customer.put("created_at", "2026-11-01T00:00:00Z");
      customer.put("livemode", false);
      customer.put("metadata", Map.of());
      customer.put("email", params == null ? null : params.get("email"));
      customer.put("name", null);
      customer.put("external_id", null);
      customer.put("billing_address", null);
      customer.put("default_payment_method", null);
      customer.put("test_clock", null);
      byte[] body = adapter.toJson(customer).getBytes(StandardCharsets.UTF_8);
      response.setStatus(200);
      HttpFields.Mutable out = response.getHeaders();
      out.put("Request-Id", requestId);
      out.put("Billkit-Version", "2026-11-01");
      out.put(HttpHeader.CONTENT_TYPE, "application/json");
      String key = request.getHeaders().get("Idempotency-Key");
      if (key != null) {
        out.put("Idempotency-Key", key);
      }
      out.put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
      return true;
    }
  }
}
