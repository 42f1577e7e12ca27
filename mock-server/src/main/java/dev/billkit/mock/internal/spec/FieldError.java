package dev.billkit.mock.internal.spec;

/**
 * One failing field of a request, as listed in {@code error.errors[]}.
 *
 * @param param the parameter path, e.g. {@code items[0].quantity}, {@code limit}, {@code
 *     created[gte]} or {@code Idempotency-Key}; null for the body as a whole
 * @param code {@code parameter_missing}, {@code parameter_unknown}, {@code parameter_invalid}...
 * @param message the whole sentence, starting with the path: {@code items[0].quantity: must be >= 1
 *     (got 0)}
 */
public record FieldError(String param, String code, String message) {
  /** A missing required parameter. */
  public static FieldError missing(String param) {
    return new FieldError(param, "parameter_missing", param + ": is required");
  }

  /** A parameter the operation does not declare. */
  public static FieldError unknown(String param, String hint) {
    return new FieldError(param, "parameter_unknown", param + ": unknown parameter" + hint);
  }

  /** A parameter whose value breaks a rule; {@code rule} reads like "must be >= 1 (got 0)". */
  public static FieldError invalid(String param, String rule) {
    return new FieldError(
        param, "parameter_invalid", (param == null ? "request body" : param) + ": " + rule);
  }
}
