package dev.billkit.mock;

/**
 * The mock server could not start, stop or save its state. The message says which and why (for
 * example the port in use, or an unreadable data directory).
 */
public class MockServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MockServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
