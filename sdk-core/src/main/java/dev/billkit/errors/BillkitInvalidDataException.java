package dev.billkit.errors;

/**
 * A JSON document from the API could not be read as the expected type: malformed JSON, or a value
 * of the wrong type at {@link #jsonPath()}.
 *
 * <p>From a call, the request was applied (the server said so); only its answer is unreadable,
 * so this is usually a client/server version mismatch. From {@code
 * WebhookVerifier.verifyAndParse}, the delivery's signature was valid but its body is not a valid
 * event: answer the sender with an error so that it retries after the mismatch is fixed.
 */
public class BillkitInvalidDataException extends BillkitException {
  private static final long serialVersionUID = 1L;

  private final String jsonPath;

  /**
   * @param message description naming what was expected, never {@code null}
   * @param jsonPath JSONPath of the offending value, such as {@code $.data[0].amount}; never {@code
   *     null}
   * @param cause the parser failure, may be {@code null}
   * @param idempotencyKey key sent with the call, or {@code null}
   */
  public BillkitInvalidDataException(
      String message, String jsonPath, Throwable cause, String idempotencyKey) {
    super(message, cause, idempotencyKey);
    if (jsonPath == null) {
      throw new NullPointerException("jsonPath == null");
    }
    this.jsonPath = jsonPath;
  }

  /** JSONPath of the value that failed to parse, such as {@code $.data[0].amount}. */
  public String jsonPath() {
    return jsonPath;
  }
}
