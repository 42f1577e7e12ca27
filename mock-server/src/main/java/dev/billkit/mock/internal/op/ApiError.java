package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.spec.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer, thrown by a handler (or the pipeline) and rendered as DESIGN §4's body {@code
 * {"error":{type, code, message, param, decline_code, request_id, errors[]}}}. Throwing it from a
 * handler is the normal way to reject a call: the handler's unit of work rolls back, so whatever it
 * changed before throwing is undone (see {@link Work}). To keep the changes and still answer the
 * error (a declined card records the failure, then answers 402), throw {@link #committed()}.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String code;
  private final String param;
  private final String declineCode;
  private final transient List<FieldError> errors;
  private final transient Map<String, String> headers;
  private final boolean committed;

  /**
   * @param errors the failing fields; may be empty, never null
   * @param headers extra response headers such as {@code Retry-After}; never null
   */
  public ApiError(
      int status,
      String type,
      String code,
      String message,
      String param,
      String declineCode,
      List<FieldError> errors,
      Map<String, String> headers) {
    this(status, type, code, message, param, declineCode, errors, headers, false);
  }

  private ApiError(
      int status,
      String type,
      String code,
      String message,
      String param,
      String declineCode,
      List<FieldError> errors,
      Map<String, String> headers,
      boolean committed) {
    super(message, null, false, false);
    this.committed = committed;
    this.status = status;
    this.type = type;
    this.code = code;
    this.param = param;
    this.declineCode = declineCode;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  private static ApiError of(int status, String type, String code, String message, String param) {
    return new ApiError(status, type, code, message, param, null, List.of(), Map.of());
  }

  /** 400 invalid_request_error with any code of DESIGN §4. */
  public static ApiError invalidRequest(String code, String message, String param) {
    return of(400, "invalid_request_error", code, message, param);
  }

  /**
   * 400 listing every failing field; the code and param are those of the first, the message joins
   * them all. Problems with the body as a whole (param null) are in the message but not in {@code
   * errors[]}, whose entries always name a parameter.
   */
  public static ApiError validation(List<FieldError> errors) {
    FieldError first = errors.get(0);
    String message =
        errors.size() == 1
            ? first.message()
            : errors.size()
                + " parameters are invalid: "
                + String.join("; ", errors.stream().map(FieldError::message).toList());
    List<FieldError> named = errors.stream().filter(e -> e.param() != null).toList();
    return new ApiError(
        400, "invalid_request_error", first.code(), message, first.param(), null, named, Map.of());
  }

  /** 404 resource_missing: {@code No such customer: 'cus_x'}; param names the id field. */
  public static ApiError notFound(String resource, String param, String id) {
    return of(
        404,
        "invalid_request_error",
        "resource_missing",
        "No such " + resource + ": '" + id + "'",
        param);
  }

  /** 400 invalid_state_transition naming the current state and the calls allowed in it. */
  public static ApiError invalidState(
      String resource, String id, String current, String attempted, List<String> allowed) {
    String message =
        "Cannot "
            + attempted
            + " "
            + resource
            + " "
            + id
            + " in status '"
            + current
            + "'; "
            + (allowed.isEmpty()
                ? "no call changes it any more"
                : "allowed in this status: " + String.join(", ", allowed));
    return of(400, "invalid_request_error", "invalid_state_transition", message, null);
  }

  /** 402 card_error, e.g. {@code card("card_declined", "insufficient_funds", ...)}. */
  public static ApiError card(String code, String declineCode, String message, String param) {
    return new ApiError(402, "card_error", code, message, param, declineCode, List.of(), Map.of());
  }

  /** 500 api_error internal_error with {@code Should-Retry}. */
  public static ApiError internal(String message, boolean shouldRetry) {
    return new ApiError(
        500,
        "api_error",
        "internal_error",
        message,
        null,
        null,
        List.of(),
        Map.of("Should-Retry", String.valueOf(shouldRetry)));
  }

  /** An error with every field chosen by the caller (fault scripts use it). */
  public static ApiError custom(
      int status, String type, String code, String message, Map<String, String> headers) {
    return new ApiError(status, type, code, message, null, null, List.of(), headers);
  }

  /**
   * This error, marked so that the unit of work that throws it commits its changes before the error
   * is answered. Idempotency stores the error as the request's answer like any other.
   */
  public ApiError committed() {
    return new ApiError(
        status, type, code, getMessage(), param, declineCode, errors, headers, true);
  }

  /** Whether throwing it keeps the unit of work's changes (see {@link #committed()}). */
  public boolean isCommitted() {
    return committed;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String code() {
    return code;
  }

  public String param() {
    return param;
  }

  public String declineCode() {
    return declineCode;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The JSON tree of the error body, carrying {@code requestId}. */
  public Map<String, Object> body(String requestId) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("code", code);
    error.put("message", getMessage());
    error.put("param", param);
    error.put("decline_code", declineCode);
    error.put("request_id", requestId);
    List<Object> list = new java.util.ArrayList<>(errors.size());
    for (FieldError e : errors) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("param", e.param());
      item.put("code", e.code());
      item.put("message", e.message());
      list.add(item);
    }
    error.put("errors", list);
    return Map.of("error", error);
  }
}
