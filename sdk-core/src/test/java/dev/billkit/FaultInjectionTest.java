package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billkit.errors.ApiErrorException;
import dev.billkit.errors.BillkitInvalidDataException;
import dev.billkit.errors.BillkitIoException;
import dev.billkit.errors.CardException;
import dev.billkit.errors.IdempotencyConflictException;
import dev.billkit.errors.IdempotencyKeyReusedException;
import dev.billkit.errors.RateLimitException;
import dev.billkit.model.Customer;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fault-injection cases, each run synchronously and asynchronously. */
class FaultInjectionTest extends FaultHarness {
  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesServerErrorThenSucceedsWithTheSameKey(Mode mode) throws Exception {
    server.enqueue(error(500, "api_error", "internal_error", "boom"));
    server.enqueue(customer());

    Customer customer = create(mode);

    assertThat(customer.id()).isEqualTo("cus_1");
    assertThat(customer.metadata()).containsEntry("plan", "pro");
    List<RecordedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    String key = sent.get(0).getHeader("Idempotency-Key");
    assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(sent.get(1).getHeader("Idempotency-Key")).isEqualTo(key);
    assertThat(sent.get(0).getHeader("Billkit-Retry-Count")).isNull();
    assertThat(sent.get(1).getHeader("Billkit-Retry-Count")).isEqualTo("1");
    assertThat(sent.get(1).getBody().readUtf8()).isEqualTo("{\"email\":\"ada@example.com\"}");
    assertThat(sleeper.sleeps).hasSize(1);
    assertBackoff(sleeper.sleeps.get(0), 1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void giveUpAfterMaxRetriesWithBackoffSchedule(Mode mode) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(502, "api_error", "internal_error", "bad gateway"));
    }

    ApiErrorException e = catchThrowableOfType(ApiErrorException.class, () -> create(mode));

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.requestId()).hasValue("req_502");
    List<RecordedRequest> sent = requests();
    assertThat(sent).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(
        e.idempotencyKey().orElseThrow()).hasSize(3);
    assertThat(sleeper.sleeps).hasSize(2);
    assertBackoff(sleeper.sleeps.get(0), 1);
    assertBackoff(sleeper.sleeps.get(1), 2);
    assertThat(events).last().isEqualTo("error 3 ApiErrorException");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void shouldRetryFalseStopsRetryingA503(Mode mode) throws Exception {
    server.enqueue(error(503, "api_error", "internal_error", "down").setHeader("Should-Retry",
        "false"));

    ApiErrorException e = catchThrowableOfType(ApiErrorException.class, () -> create(mode));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.errorCode()).hasValue("internal_error");
    assertThat(e.idempotencyKey()).hasValue(requests().get(0).getHeader("Idempotency-Key"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void shouldRetryTrueRetriesEvenA400(Mode mode) {
    server.enqueue(error(400, "invalid_request_error", "lock_timeout", "busy")
        .setHeader("Should-Retry", "true"));
    server.enqueue(customer());

    create(mode);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void honoursRetryAfterInSeconds(Mode mode) throws Exception {
    server.enqueue(error(429, "rate_limit_error", "rate_limited", "slow down")
        .setHeader("Retry-After", "2"));
    server.enqueue(customer());

    create(mode);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(2));
    List<RecordedRequest> sent = requests();
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void honoursRetryAfterAsHttpDate(Mode mode) {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        T0.plusSeconds(3).atZone(ZoneOffset.UTC));
    server.enqueue(error(429, "rate_limit_error", "rate_limited", "slow down")
        .setHeader("Retry-After", date));
    server.enqueue(customer());

    create(mode);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterBeyondTheCapFailsAtOnceInsteadOfBlocking(Mode mode) {
    server.enqueue(error(429, "rate_limit_error", "rate_limited", "slow down")
        .setHeader("Retry-After", "31"));

    RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> create(mode));

    assertThat(e.retryAfter()).hasValue("31");
    assertThat(e.idempotencyKey()).isPresent();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesAConnectionDroppedAfterTheRequestWasSent(Mode mode) throws Exception {
    server.enqueue(customer().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(customer());

    create(mode);

    List<RecordedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key")).isNotBlank();
    assertBackoff(sleeper.sleeps.get(0), 1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aConnectionResetOnEveryAttemptIsAnIoExceptionCarryingTheKey(Mode mode) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(customer().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    }

    BillkitIoException e = catchThrowableOfType(BillkitIoException.class, () -> create(mode));

    assertThat(e).hasMessageContaining("may have been applied")
        .hasMessageContaining(e.idempotencyKey().orElseThrow());
    assertThat(requests()).extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly(e.idempotencyKey().orElseThrow()).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesAnAttemptThatTimedOut(Mode mode) throws Exception {
    client = newClient(b -> b.attemptTimeout(Duration.ofMillis(300)));
    server.enqueue(customer().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(customer());

    create(mode);

    List<RecordedRequest> sent = requests();
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesIdempotencyKeyInUseThenSucceeds(Mode mode) throws Exception {
    server.enqueue(error(409, "idempotency_error", "idempotency_key_in_use", "in flight"));
    server.enqueue(customer());

    create(mode);
    assertThat(server.getRequestCount()).isEqualTo(2);
    List<RecordedRequest> sent = requests();
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void idempotencyKeyInUseOnEveryAttemptSurfacesAsConflictWithTheKey(Mode mode) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(409, "idempotency_error", "idempotency_key_in_use", "in flight"));
    }
    RequestOptions options = RequestOptions.builder().idempotencyKey("order-42").build();

    IdempotencyConflictException e = catchThrowableOfType(IdempotencyConflictException.class,
        () -> create(mode, options));

    assertThat(e.key()).isEqualTo("order-42");
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void reusedKeyIsADistinctNonRetriedExceptionCarryingTheKey(Mode mode) throws Exception {
    server.enqueue(error(400, "idempotency_error", "idempotency_key_reused",
        "Keys are for one request only"));
    RequestOptions options = RequestOptions.builder().idempotencyKey("refund:o_1").build();

    IdempotencyKeyReusedException e = catchThrowableOfType(IdempotencyKeyReusedException.class,
        () -> create(mode, options));

    assertThat(e.key()).isEqualTo("refund:o_1");
    assertThat(e.errorCode()).hasValue("idempotency_key_reused");
    assertThat(e).hasMessage("400 idempotency_error/idempotency_key_reused: Keys are for one "
        + "request only [request-id req_400, idempotency-key refund:o_1]");
    assertThat(requests()).hasSize(1).first()
        .extracting(r -> r.getHeader("Idempotency-Key")).isEqualTo("refund:o_1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void garbageJsonBecomesInvalidDataWithThePathAndIsNotRetried(Mode mode) {
    server.enqueue(json(200, "{\"id\":\"cus_1\",\"livemode\":\"yes\"}"));

    BillkitInvalidDataException e =
        catchThrowableOfType(BillkitInvalidDataException.class, () -> create(mode));

    assertThat(e.jsonPath()).isEqualTo("$.livemode");
    assertThat(e.idempotencyKey()).isPresent();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void truncatedJsonBecomesInvalidData(Mode mode) {
    server.enqueue(json(200, "{\"id\":\"cus_1\",\"livemode\":tru"));

    BillkitInvalidDataException e =
        catchThrowableOfType(BillkitInvalidDataException.class, () -> create(mode));

    assertThat(e.jsonPath()).startsWith("$.livemode");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void cardErrorsReadLikeTheSpecMessage(Mode mode) {
    server.enqueue(json(402, "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
        + "\"decline_code\":\"insufficient_funds\",\"message\":\"Your card has insufficient "
        + "funds.\"}}").setHeader("Request-Id", "req_9"));
    RequestOptions options = RequestOptions.builder().idempotencyKey("k1").build();

    CardException e = catchThrowableOfType(CardException.class,
        () -> create(mode, options));

    assertThat(e).hasMessage("402 card_error/card_declined (insufficient_funds): Your card has "
        + "insufficient funds. [request-id req_9, idempotency-key k1]");
    assertThat(e.declineCode()).hasValue("insufficient_funds");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void postWithoutAKeyIsNeverRetried(Mode mode) throws Exception {
    server.enqueue(error(500, "api_error", "internal_error", "boom"));
    RequestOptions noKey = RequestOptions.builder().withoutIdempotencyKey().build();

    ApiErrorException e = catchThrowableOfType(ApiErrorException.class,
        () -> create(mode, noKey));

    assertThat(e.idempotencyKey()).isEmpty();
    assertThat(requests()).hasSize(1).first()
        .extracting(r -> r.getHeader("Idempotency-Key")).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getIsRetriedAndCarriesNoKey(Mode mode) throws Exception {
    server.enqueue(error(503, "api_error", "internal_error", "boom"));
    server.enqueue(customer());

    Customer c = retrieve(mode, "cus/1");

    assertThat(c.id()).isEqualTo("cus_1");
    List<RecordedRequest> sent = requests();
    assertThat(sent).extracting(RecordedRequest::getPath).containsOnly("/v1/customers/cus%2F1");
    assertThat(sent).extracting(x -> x.getHeader("Idempotency-Key")).containsOnly((String) null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void noRetrySleepsPastTheDeadline(Mode mode) {
    client = newClient(b -> b.deadline(Duration.ofMillis(900)));
    for (int i = 0; i < 3; i++) {
      server.enqueue(error(503, "api_error", "internal_error", "down"));
    }

    catchThrowableOfType(ApiErrorException.class, () -> create(mode));

    // Retry 1 waits ≤ 0.5 s; retry 2 would wait ≥ 0.75 s and end past 0.9 s, so it never starts.
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).hasSize(1);
  }
}
