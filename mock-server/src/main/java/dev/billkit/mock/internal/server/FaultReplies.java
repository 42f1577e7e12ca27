package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.tenant.FaultAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of {@code status} and {@code rate_limit} faults: the error the real API sends for
 * that status unless the fault gives a body (table under the {@code Faults} tag of
 * mock-admin.yaml).
 */
final class FaultReplies {
  private FaultReplies() {}

  static Reply of(FaultAction action, String requestId) {
    if (action.type() == FaultAction.Type.RATE_LIMIT) {
      String after = String.valueOf(action.retryAfterSeconds());
      return Reply.error(
          ApiError.custom(
              429,
              "rate_limit_error",
              "rate_limited",
              "Too many requests (a Billkit mock fault); retry after " + after + " s.",
              Map.of("Retry-After", after)),
          requestId);
    }
    int status = action.status();
    Map<String, String> headers = new LinkedHashMap<>();
    Boolean retry =
        action.shouldRetry() != null ? action.shouldRetry() : status >= 500 ? Boolean.TRUE : null;
    if (retry != null) {
      headers.put("Should-Retry", retry.toString());
    }
    if (status == 429) {
      headers.put("Retry-After", "1");
    }
    if (action.body() != null) {
      return new Reply(status, Json.write(action.body()), headers, false);
    }
    String message = "Injected by a Billkit mock fault (status " + status + ").";
    String[] typeAndCode = typeAndCode(status);
    return Reply.error(
        new ApiError(
            status,
            typeAndCode[0],
            typeAndCode[1],
            message,
            null,
            status == 402 ? "generic_decline" : null,
            List.of(),
            headers),
        requestId);
  }

  private static String[] typeAndCode(int status) {
    switch (status) {
      case 400:
        return new String[] {"invalid_request_error", "parameter_invalid"};
      case 401:
        return new String[] {"authentication_error", "api_key_invalid"};
      case 402:
        return new String[] {"card_error", "card_declined"};
      case 403:
        return new String[] {"permission_error", "forbidden"};
      case 404:
        return new String[] {"invalid_request_error", "resource_missing"};
      case 409:
        return new String[] {"idempotency_error", "idempotency_key_in_use"};
      case 429:
        return new String[] {"rate_limit_error", "rate_limited"};
      default:
        return status >= 500
            ? new String[] {"api_error", "internal_error"}
            : new String[] {"invalid_request_error", "mock_fault"};
    }
  }
}
