package dev.billkit.internal.http;

import dev.billkit.RequestInfo;
import dev.billkit.RequestOptions;
import dev.billkit.errors.BillkitIoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import okhttp3.Call;
import okhttp3.Request;

/**
 * State of one call across its attempts: the resolved options, the idempotency key (chosen once,
 * so every retry reuses it), the deadline and the attempt counter. Confined to one call; the
 * async driver hands it from thread to thread with happens-before edges (enqueue, futures).
 */
final class CallContext<T> {
  final ApiRequest<T> request;
  final String idempotencyKey;
  final int maxRetries;
  final Duration attemptTimeout;
  final Instant deadlineAt;
  final Duration deadline;
  final Request baseRequest;
  int attempt = 1;
  volatile Call currentCall;

  CallContext(ApiRequest<T> request, ClientConfig config, RequestFactory factory) {
    RequestOptions options = request.options();
    this.request = request;
    this.idempotencyKey = chooseKey(request, options);
    this.maxRetries = options.maxRetries().orElse(config.maxRetries());
    this.attemptTimeout = options.attemptTimeout().orElse(config.attemptTimeout());
    this.deadline = options.deadline().orElse(config.deadline());
    this.deadlineAt = deadline == null ? null : config.clock().instant().plus(deadline);
    this.baseRequest = factory.base(request, options.apiKey().orElse(config.apiKey()),
        idempotencyKey);
  }

  /**
   * Every POST gets a key: the caller's, or a fresh UUIDv4. GET and DELETE are idempotent by
   * definition and the server ignores keys on them, so they get none.
   */
  private static String chooseKey(ApiRequest<?> request, RequestOptions options) {
    if (request.method() != ApiRequest.Method.POST || options.isIdempotencyKeyDisabled()) {
      return null;
    }
    return options.idempotencyKey().orElseGet(() -> UUID.randomUUID().toString());
  }

  /**
   * Time allowed for the next attempt: the attempt timeout, cut to what is left of the deadline;
   * {@code null} when neither is set, so the attempt needs no call timeout at all. The clock is
   * read only when there is a deadline.
   *
   * @throws BillkitIoException if the deadline has already passed
   */
  Duration attemptBudget(Clock clock) {
    if (deadlineAt == null) {
      return attemptTimeout;
    }
    Duration left = Duration.between(clock.instant(), deadlineAt);
    if (left.isNegative() || left.isZero()) {
      throw new BillkitIoException(describe() + ": deadline of " + deadline
          + " passed before attempt " + attempt + keySuffix(), null, idempotencyKey);
    }
    return attemptTimeout == null || left.compareTo(attemptTimeout) < 0 ? left : attemptTimeout;
  }

  /** What listeners see; {@code null} when there are none, to spare the copies. */
  RequestInfo info(Request sent, Listeners listeners) {
    if (listeners.isEmpty()) {
      return null;
    }
    return new RequestInfo(sent.method(), sent.url().toString(), sent.headers().toMultimap(),
        attempt, Optional.ofNullable(idempotencyKey));
  }

  /** {@code POST /v1/customers}, for messages. */
  String describe() {
    return baseRequest.method() + " " + baseRequest.url().encodedPath();
  }

  String keySuffix() {
    return idempotencyKey == null ? "" : " [idempotency-key " + idempotencyKey + "]";
  }
}
