package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billkit.errors.NotFoundException;
import dev.billkit.model.Customer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The raw views, {@code withRawResponse()} and {@code async().withRawResponse()}, agree. */
class RawResponseTest extends FaultHarness {

  private ApiResponse<Customer> rawCreate(Mode mode, RequestOptions options) {
    return mode == Mode.SYNC
        ? client.withRawResponse().customers().create(PARAMS, options)
        : await(client.async().withRawResponse().customers().create(PARAMS, options));
  }

  private ApiResponse<Customer> rawRetrieve(Mode mode, String id) {
    return mode == Mode.SYNC
        ? client.withRawResponse().customers().retrieve(id)
        : await(client.async().withRawResponse().customers().retrieve(id));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRetriedCreateReportsStatusHeadersRequestIdKeyAndAttempts(Mode mode) throws Exception {
    server.enqueue(error(503, "api_error", "internal_error", "down"));
    server.enqueue(customer().setResponseCode(201).addHeader("X-Extra", "one"));

    ApiResponse<Customer> raw = rawCreate(mode, RequestOptions.none());

    List<RecordedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    String key = sent.get(0).getHeader("Idempotency-Key");
    assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
    assertThat(raw.statusCode()).isEqualTo(201);
    assertThat(raw.attempts()).isEqualTo(2);
    assertThat(raw.requestId()).hasValue("req_ok");
    assertThat(raw.idempotencyKey()).hasValue(key);
    assertThat(raw.header("x-extra")).hasValue("one");
    assertThat(raw.headers().get("Content-Type")).containsExactly("application/json");
    assertThat(raw.data().email()).isEqualTo("ada@example.com");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theCallersIdempotencyKeyIsTheOneReported(Mode mode) {
    server.enqueue(customer());

    ApiResponse<Customer> raw =
        rawCreate(mode, RequestOptions.builder().idempotencyKey("order:42").build());

    assertThat(raw.idempotencyKey()).hasValue("order:42");
    assertThat(raw.attempts()).isOne();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRetrieveHasNoIdempotencyKey(Mode mode) {
    server.enqueue(customer());

    ApiResponse<Customer> raw = rawRetrieve(mode, "cus_1");

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.idempotencyKey()).isEmpty();
    assertThat(raw.attempts()).isOne();
    assertThat(raw.data().id()).isEqualTo("cus_1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anErrorAnswerFailsTheRawCallWithTheSameTypedException(Mode mode) {
    server.enqueue(error(404, "invalid_request_error", "resource_missing", "No such customer"));

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> rawRetrieve(mode, "cus_missing"));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).hasValue("req_404");
  }

  @Test
  void theAsyncRawFutureCompletesOnTheCallbackExecutorOnly() throws Exception {
    BlockingQueue<Runnable> callbacks = new LinkedBlockingQueue<>();
    client = newClient(b -> b.callbackExecutor(callbacks::add));
    server.enqueue(customer());

    CompletableFuture<ApiResponse<Customer>> future =
        client.async().withRawResponse().customers().retrieve("cus_1");
    CompletableFuture<String> thread = future.thenApply(r -> Thread.currentThread().getName());
    Runnable completion = callbacks.poll(20, TimeUnit.SECONDS);

    assertThat(future).isNotDone();
    Thread callbackThread = new Thread(completion, "raw-callbacks");
    callbackThread.start();
    callbackThread.join();
    assertThat(await(thread)).isEqualTo("raw-callbacks");
    assertThat(future.join().requestId()).hasValue("req_ok");
  }
}
