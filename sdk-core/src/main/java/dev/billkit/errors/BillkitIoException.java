package dev.billkit.errors;

import java.io.IOException;

/**
 * No usable HTTP answer arrived: the connection failed, was reset, timed out, the deadline passed,
 * or the calling thread was interrupted.
 *
 * <p><b>The request may have been applied.</b> The server may have received and executed it before
 * the failure. Retry the same operation with the same {@link #idempotencyKey()} to find out safely:
 * the server replays the first outcome instead of executing twice.
 */
public class BillkitIoException extends BillkitException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message description of what failed, never {@code null}
   * @param cause the I/O failure, may be {@code null} (for example when the deadline ran out
   *     between attempts)
   * @param idempotencyKey key sent with the call, or {@code null}
   */
  public BillkitIoException(String message, IOException cause, String idempotencyKey) {
    super(message, cause, idempotencyKey);
  }
}
