package dev.billkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * An OkHttp application interceptor that answers every call with the canned JSON, with the same
 * status and headers as {@link CannedServer}, without touching a socket. Each client still builds
 * its request, runs it through OkHttp's call and interceptor chain, has its request body
 * serialised (into a discarded buffer, as the network would), and parses a fresh response body.
 * What is left out, the loopback round trip, costs every client the same; without its noise the
 * differences between clients are what remains.
 */
final class InMemoryTransport implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json");

  private final byte[] body;

  InMemoryTransport(String json) {
    this.body = json.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code base} (with its own settings and interceptors) answering from memory. */
  OkHttpClient around(OkHttpClient base) {
    return base.newBuilder().addInterceptor(this).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.body() != null) {
      Buffer wire = new Buffer();
      request.body().writeTo(wire);
      wire.clear();
    }
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", "application/json")
        .header("Request-Id", "req_bench")
        .header("Billkit-Version", "2026-11-01")
        .body(ResponseBody.create(body, JSON))
        .build();
  }
}
