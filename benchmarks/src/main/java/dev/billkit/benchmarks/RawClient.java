package dev.billkit.benchmarks;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor: a hand-written OkHttp + Moshi call sending the same request headers as billkit-java
 * (Authorization, User-Agent, Billkit-Version, Accept, and the key on POST), with no retries, no
 * listeners, no error mapping and no status check.
 */
final class RawClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private static final String USER_AGENT = "raw-okhttp-moshi/1.0 (java "
      + System.getProperty("java.version") + ")";

  private final OkHttpClient http;
  private final JsonAdapter<RawCustomer> customers = MOSHI.adapter(RawCustomer.class);
  private final JsonAdapter<RawCreateParams> params = MOSHI.adapter(RawCreateParams.class);
  private final HttpUrl base;

  RawClient(String baseUrl, OkHttpClient http) {
    this.base = HttpUrl.get(baseUrl);
    this.http = http;
  }

  RawCustomer create(RawCreateParams p) throws IOException {
    Request request = new Request.Builder()
        .url(base.newBuilder().addPathSegments("v1/customers").build())
        .header("Authorization", "Bearer sk_test_bench")
        .header("User-Agent", USER_AGENT)
        .header("Billkit-Version", "2026-11-01")
        .header("Accept", "application/json")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .post(RequestBody.create(params.toJson(p), JSON))
        .build();
    return call(request);
  }

  RawCustomer retrieve(String id) throws IOException {
    Request request = new Request.Builder()
        .url(base.newBuilder().addPathSegments("v1/customers").addPathSegment(id).build())
        .header("Authorization", "Bearer sk_test_bench")
        .header("User-Agent", USER_AGENT)
        .header("Billkit-Version", "2026-11-01")
        .header("Accept", "application/json")
        .build();
    return call(request);
  }

  private RawCustomer call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return customers.fromJson(response.body().source());
    }
  }

  static final class RawCreateParams {
    @Json(name = "email")
    final String email;

    RawCreateParams(String email) {
      this.email = email;
    }
  }

  static final class RawCustomer {
    @Json(name = "id") String id;
    @Json(name = "object") String object;
    @Json(name = "created_at") String createdAt;
    @Json(name = "livemode") boolean livemode;
    @Json(name = "metadata") Map<String, String> metadata;
    @Json(name = "email") String email;
    @Json(name = "name") String name;
    @Json(name = "external_id") String externalId;
    @Json(name = "billing_address") Map<String, String> billingAddress;
    @Json(name = "default_payment_method") String defaultPaymentMethod;
    @Json(name = "test_clock") String testClock;
  }
}
