package dev.billkit.mock.internal.store;

/** A pagination cursor names no object of the list; the server answers 400 parameter_invalid. */
public final class UnknownCursorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String param;

  UnknownCursorException(String param, String id) {
    super(param + ": no object '" + id + "' in this list");
    this.param = param;
  }

  /** {@code starting_after} or {@code ending_before}. */
  public String param() {
    return param;
  }
}
