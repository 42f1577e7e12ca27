package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.model.Customer;
import dev.billkit.model.CustomerCreateParams;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up of the fault-injection suites: a MockWebServer, a fake clock, a recording sleeper,
 * a body tracker (checked after every test) and a way to run one call synchronously or not.
 */
abstract class FaultHarness {
  /** The two ways to drive a call; every fault case runs both. */
  enum Mode { SYNC, ASYNC }

  static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  final MockWebServer server = new MockWebServer();
  final FakeClock clock = new FakeClock(T0);
  final RecordingSleeper sleeper = new RecordingSleeper(clock);
  final BodyTracker bodies = new BodyTracker();
  final List<String> events = new CopyOnWriteArrayList<>();
  BillkitClient client;

  @BeforeEach
  void startServer() throws IOException {
    server.start();
    client = newClient(b -> {});
  }

  @AfterEach
  void noResponseBodyLeaks() throws IOException {
    server.shutdown();
    assertThat(bodies.closed.get()).as("closed response bodies").isEqualTo(bodies.opened.get());
  }

  BillkitClient newClient(java.util.function.Consumer<BillkitClient.Builder> extra) {
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(bodies).build();
    BillkitClient.Builder b = BillkitClient.builder()
        .apiKey("sk_test_123")
        .baseUrl(server.url("/").toString())
        .okHttpClient(http)
        .clock(clock)
        .sleeper(sleeper)
        .addListener(new RequestListener() {
          @Override
          public void onRetry(RequestInfo request, Duration delay,
              dev.billkit.errors.BillkitException cause) {
            events.add("retry " + request.attempt() + " " + delay.toMillis());
          }

          @Override
          public void onError(RequestInfo request, dev.billkit.errors.BillkitException error) {
            events.add("error " + request.attempt() + " " + error.getClass().getSimpleName());
          }
        });
    extra.accept(b);
    return b.build();
  }

  static final CustomerCreateParams PARAMS =
      CustomerCreateParams.builder().email("ada@example.com").build();

  /** {@code customers().create} through the generated sync or async service. */
  Customer create(Mode mode, RequestOptions options) {
    return mode == Mode.SYNC
        ? client.customers().create(PARAMS, options)
        : await(client.async().customers().create(PARAMS, options));
  }

  Customer create(Mode mode) {
    return create(mode, RequestOptions.none());
  }

  Customer retrieve(Mode mode, String id) {
    return mode == Mode.SYNC
        ? client.customers().retrieve(id)
        : await(client.async().customers().retrieve(id));
  }

  static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
    try {
      return future.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json").setBody(body);
  }

  static String customerJson(String id) {
    return "{\"id\":\"" + id + "\",\"object\":\"customer\",\"created_at\":"
        + "\"2026-11-01T10:00:00Z\",\"livemode\":false,\"metadata\":{\"plan\":\"pro\"},"
        + "\"email\":\"ada@example.com\",\"name\":null,\"external_id\":null,"
        + "\"billing_address\":null,\"default_payment_method\":null,\"test_clock\":null}";
  }

  static MockResponse customer() {
    return json(200, customerJson("cus_1")).setHeader("Request-Id", "req_ok");
  }

  static MockResponse error(int status, String type, String code, String message) {
    return json(status, "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code
        + "\",\"message\":\"" + message + "\"}}").setHeader("Request-Id", "req_" + status);
  }

  /** Takes every request the server received, in order. */
  List<RecordedRequest> requests() throws InterruptedException {
    List<RecordedRequest> all = new java.util.ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
      all.add(r);
    }
    return all;
  }

  /** Asserts {@code d} is retry {@code n}'s backoff: in (0.75, 1] × min(0.5 s·2^(n−1), 8 s). */
  static void assertBackoff(Duration d, int n) {
    long upper = (long) (Math.min(500 * Math.pow(2, n - 1), 8000) * 1_000_000L);
    assertThat(d.toNanos()).as("backoff of retry %d", n)
        .isGreaterThan(upper * 3 / 4).isLessThanOrEqualTo(upper);
  }
}
