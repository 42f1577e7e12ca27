package dev.billkit.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with an error status (4xx or 5xx). Subclasses name the class of failure;
 * {@link #of(ApiErrorDetails)} picks the right one the same way the client does.
 *
 * <p>The message reads {@code 402 card_error/card_declined (insufficient_funds): Your card has
 * insufficient funds. [request-id req_…, idempotency-key …]}.
 */
public class BillkitApiException extends BillkitException {
  private static final long serialVersionUID = 1L;

  private final transient ApiErrorDetails details;

  /** @param details the error answer, never {@code null} */
  public BillkitApiException(ApiErrorDetails details) {
    super(ErrorMessage.describe(details), null, details.idempotencyKey().orElse(null));
    this.details = details;
  }

  /**
   * Builds the subclass matching the status and {@code error.type}: 400 {@link
   * InvalidRequestException} (or {@link IdempotencyKeyReusedException} for {@code
   * idempotency_error}), 401 {@link AuthenticationException}, 402 {@link CardException}, 403
   * {@link PermissionException}, 404 {@link NotFoundException}, 409 {@link
   * IdempotencyConflictException}, 429 {@link RateLimitException}, 5xx {@link ApiErrorException},
   * anything else {@link UnexpectedStatusException}.
   */
  public static BillkitApiException of(ApiErrorDetails details) {
    int status = details.statusCode();
    switch (status) {
      case 400:
        return details.type().filter("idempotency_error"::equals).isPresent()
            ? new IdempotencyKeyReusedException(details)
            : new InvalidRequestException(details);
      case 401:
        return new AuthenticationException(details);
      case 402:
        return new CardException(details);
      case 403:
        return new PermissionException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new IdempotencyConflictException(details);
      case 429:
        return new RateLimitException(details);
      default:
        return status >= 500
            ? new ApiErrorException(details)
            : new UnexpectedStatusException(details);
    }
  }

  /** Every field of the error answer. */
  public ApiErrorDetails details() {
    return details;
  }

  public int statusCode() {
    return details.statusCode();
  }

  /** The {@code error.type}, such as {@code invalid_request_error}. */
  public Optional<String> type() {
    return details.type();
  }

  /** The {@code error.code}, such as {@code resource_missing}. */
  public Optional<String> errorCode() {
    return details.code();
  }

  public Optional<String> param() {
    return details.param();
  }

  public Optional<String> requestId() {
    return details.requestId();
  }

  /** Response headers; names are case-insensitive. */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /** The raw response body, never {@code null}. */
  public String body() {
    return details.body();
  }
}
