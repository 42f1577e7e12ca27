package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billkit.errors.BillkitException;
import dev.billkit.errors.BillkitIoException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Headers, interrupts, async threading, listeners and builder checks. */
class ClientBehaviourTest extends FaultHarness {
  @Test
  void sendsAuthVersionUserAgentAndJson() throws Exception {
    server.enqueue(customer());

    create(Mode.SYNC);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/v1/customers");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_test_123");
    assertThat(r.getHeader("Billkit-Version")).isEqualTo("2026-11-01");
    assertThat(r.getHeader("User-Agent"))
        .matches("billkit-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(java [^;]+; .+\\)");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void requestOptionsOverrideKeyApiKeyAndAddHeadersButCannotReplaceOurs() throws Exception {
    server.enqueue(customer());
    RequestOptions options = RequestOptions.builder().idempotencyKey("refund:o_7")
        .apiKey("sk_test_other").putHeader("X-Trace", "t1")
        .putHeader("Billkit-Version", "1999-01-01").build();

    ApiResponse<dev.billkit.model.Customer> response =
        client.withRawResponse().customers().create(PARAMS, options);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getHeader("Idempotency-Key")).isEqualTo("refund:o_7");
    assertThat(response.idempotencyKey()).hasValue("refund:o_7");
    assertThat(r.getHeader("Authorization")).isEqualTo("Bearer sk_test_other");
    assertThat(r.getHeader("X-Trace")).isEqualTo("t1");
    assertThat(r.getHeader("Billkit-Version")).isEqualTo("2026-11-01");
  }

  @Test
  void anInterruptedThreadSendsNothingAndKeepsItsFlag() {
    try {
      Thread.currentThread().interrupt();
      BillkitIoException e = catchThrowableOfType(BillkitIoException.class,
          () -> create(Mode.SYNC));
      assertThat(e).hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInterruptDuringBackoffStopsAtOnceAndKeepsTheFlag() {
    server.enqueue(error(500, "api_error", "internal_error", "boom"));
    sleeper.interruptNextSleep = true;
    try {
      BillkitIoException e = catchThrowableOfType(BillkitIoException.class,
          () -> create(Mode.SYNC));
      assertThat(e.idempotencyKey()).isPresent();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(events).containsExactly("retry 1 " + sleeper.sleeps.get(0).toMillis(),
        "error 1 BillkitIoException");
  }

  @Test
  void asyncResultsCompleteOnTheCallersExecutor() throws Exception {
    ExecutorService callbacks = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-cb"));
    try {
      client = newClient(b -> b.callbackExecutor(callbacks));
      server.enqueue(error(503, "api_error", "internal_error", "down"));
      server.enqueue(customer());

      String thread = client.async().customers().create(PARAMS)
          .thenApply(w -> Thread.currentThread().getName())
          .get(10, TimeUnit.SECONDS);

      assertThat(thread).isEqualTo("app-cb");
    } finally {
      callbacks.shutdown();
    }
  }

  @Test
  void cancellingAnAsyncCallCancelsTheRequestInFlight() throws Exception {
    server.enqueue(customer().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    CompletableFuture<dev.billkit.model.Customer> future =
        client.async().customers().create(PARAMS);
    server.takeRequest(10, TimeUnit.SECONDS);
    future.cancel(true);

    assertThat(future).isCancelled();
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void listenersSeeRequestResponseRetryAndError() {
    List<String> seen = new CopyOnWriteArrayList<>();
    client = newClient(b -> b.maxRetries(1).addListener(new RequestListener() {
      @Override
      public void onRequest(RequestInfo request) {
        seen.add("request " + request.attempt() + " " + request.idempotencyKey().isPresent());
      }

      @Override
      public void onResponse(RequestInfo request, ResponseInfo response) {
        seen.add("response " + response.statusCode() + " " + response.requestId().orElse("-"));
      }

      @Override
      public void onRetry(RequestInfo request, Duration delay, BillkitException cause) {
        seen.add("retry " + request.attempt() + " " + cause.getClass().getSimpleName());
      }

      @Override
      public void onError(RequestInfo request, BillkitException error) {
        seen.add("error " + request.attempt());
        throw new IllegalStateException("listeners may throw; the call must not care");
      }
    }));
    server.enqueue(error(500, "api_error", "internal_error", "boom"));
    server.enqueue(error(500, "api_error", "internal_error", "boom"));

    catchThrowableOfType(BillkitException.class,
        () -> create(Mode.SYNC));

    assertThat(seen).containsExactly("request 1 true", "response 500 req_500",
        "retry 1 ApiErrorException", "request 2 true", "response 500 req_500", "error 2");
  }

  @Test
  void withOptionsDerivesAClientAndLeavesTheOriginalUnchanged() throws Exception {
    BillkitClient noRetries = client.withOptions(b -> b.maxRetries(0));
    server.enqueue(error(500, "api_error", "internal_error", "boom"));
    server.enqueue(error(500, "api_error", "internal_error", "boom"));
    server.enqueue(customer());

    catchThrowableOfType(BillkitException.class, () -> noRetries.customers().create(PARAMS));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(client.withRawResponse().customers().create(PARAMS).attempts()).isEqualTo(2);
  }

  @Test
  void rawResponsesCarryStatusRequestIdKeyAndAttempts() throws Exception {
    server.enqueue(error(503, "api_error", "internal_error", "down"));
    server.enqueue(customer());

    ApiResponse<dev.billkit.model.Customer> raw = client.withRawResponse().customers()
        .create(PARAMS);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.attempts()).isEqualTo(2);
    assertThat(raw.requestId()).hasValue("req_ok");
    assertThat(raw.data().email()).isEqualTo("ada@example.com");
    assertThat(raw.idempotencyKey()).hasValue(server.takeRequest().getHeader("Idempotency-Key"));
  }

  @Test
  void buildingWithoutAnApiKeyNamesTheFix() {
    assertThatThrownBy(() -> BillkitClient.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey is required");
    assertThatThrownBy(() -> BillkitClient.builder().apiKey("sk_test_1").baseUrl("nope").build())
        .hasMessageContaining("baseUrl must be an http or https URL (got \"nope\")");
  }

  @Test
  void idempotencyKeysLongerThanTheServerAcceptsAreRejectedUpFront() {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
        .hasMessageContaining("1..255");
  }
}
