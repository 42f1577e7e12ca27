package dev.billkit.mock.internal.json;

/** The bytes given to {@link Json} are not valid JSON; the message says where and why. */
public final class MalformedJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedJsonException(String message) {
    super(message);
  }
}
