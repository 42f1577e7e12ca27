package dev.billkit.internal.http;

import dev.billkit.internal.json.JsonCodec;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an {@link ApiRequest} into OkHttp requests. The body is encoded once per call (so every
 * retry sends the same bytes) and only the retry-count header changes between attempts.
 *
 * <p>The headers every call sends (authorization with the client's key, user agent, API version,
 * accept) are built and validated once per client; a call without its own headers or key starts
 * from that copy instead of adding and checking four headers again.
 */
final class RequestFactory {
  /** The API version this client was generated against; the server echoes it. */
  static final String API_VERSION = "2026-11-01";

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl baseUrl;
  private final String defaultApiKey;
  private final Headers defaultHeaders;

  RequestFactory(HttpUrl baseUrl, String defaultApiKey) {
    this.baseUrl = baseUrl;
    this.defaultApiKey = defaultApiKey;
    this.defaultHeaders = ours(new Headers.Builder(), defaultApiKey).build();
  }

  /** Sets the headers Billkit owns; they replace any caller header of the same name. */
  private static Headers.Builder ours(Headers.Builder b, String apiKey) {
    return b.set("Authorization", "Bearer " + apiKey)
        .set("User-Agent", UserAgent.VALUE)
        .set("Billkit-Version", API_VERSION)
        .set("Accept", "application/json");
  }

  Request base(ApiRequest<?> request, String apiKey, String idempotencyKey) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (ApiRequest.QueryParam p : request.query()) {
      url.addQueryParameter(p.name(), p.value());
    }
    Request.Builder b = new Request.Builder().url(url.build());
    Map<String, String> callerHeaders = request.options().headers();
    if (callerHeaders.isEmpty() && apiKey.equals(defaultApiKey)) {
      b.headers(defaultHeaders);
    } else {
      // Caller headers first, so that ours replace any of the same name.
      Headers.Builder headers = new Headers.Builder();
      callerHeaders.forEach(headers::set);
      b.headers(ours(headers, apiKey).build());
    }
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    if (request.method() == ApiRequest.Method.POST) {
      // The API takes JSON bodies only; a POST without params still sends an empty object.
      String json = request.body() == null ? "{}" : JsonCodec.encode(request.body());
      b.post(RequestBody.create(json, JSON));
    } else {
      b.method(request.method().name(), null);
    }
    return b.build();
  }

  /** The request for attempt {@code attempt} (1-based); retries say how many came before. */
  Request forAttempt(Request base, int attempt) {
    return attempt == 1
        ? base
        : base.newBuilder().header("Billkit-Retry-Count", Integer.toString(attempt - 1)).build();
  }
}
