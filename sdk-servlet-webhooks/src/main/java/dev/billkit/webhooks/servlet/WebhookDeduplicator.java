package dev.billkit.webhooks.servlet;

import java.time.Duration;
import java.util.Objects;

/**
 * Remembers which {@code webhook-id}s are being handled and which were handled, so that a delivery
 * sent twice (a retry after a lost response, a replay inside the tolerance window) runs its
 * handler once, and a duplicate that arrives while the first delivery is still running is not
 * acknowledged before that first delivery has succeeded.
 *
 * <p>An id is in one of three states: free, <b>processing</b> (claimed by one delivery, until
 * {@code processingTimeout} passes) or <b>done</b> (handled successfully, until {@code doneTtl}
 * passes). An expired claim counts as free. The filter uses it like this:
 *
 * <pre>{@code
 * Claim claim = dedup.claim(id, processingTimeout);  // CLAIMED, IN_PROGRESS or DONE
 * // CLAIMED: run the handler, then
 * dedup.complete(id, claim.token(), doneTtl);        // on success: processing -> done
 * dedup.release(id, claim.token());                  // on failure: processing -> free
 * }</pre>
 *
 * <p>The token makes ownership explicit: {@code complete} and {@code release} act only on the
 * processing claim that this token created. A handler that outlives its processing timeout may
 * find that a retry has taken the id over; its late {@code release} or {@code complete} then
 * changes nothing and returns {@code false}.
 *
 * <p>Implementations must make each method atomic across every thread and, for a shared store,
 * every process that uses it: of several concurrent claims on a free id, exactly one is {@link
 * Status#CLAIMED}. Implementations are thread-safe. Shipped: {@link InMemoryWebhookDeduplicator}
 * (one JVM) and {@link JdbcWebhookDeduplicator} (a table shared by every instance of the
 * application). Every method may throw a {@link RuntimeException} when the store cannot be
 * reached.
 */
public interface WebhookDeduplicator {

  /**
   * Claims a free {@code webhookId} for processing, for at most {@code processingTimeout}.
   *
   * @return {@link Claim#claimed} with a fresh token if the id was free (never seen, released, or
   *     its claim expired), so the caller runs the handler; otherwise {@link Status#IN_PROGRESS}
   *     or {@link Status#DONE}, whichever state the live claim is in
   */
  Claim claim(String webhookId, Duration processingTimeout);

  /**
   * Marks the processing claim made with {@code token} as done, remembered for {@code doneTtl}
   * from now, so later duplicates are acknowledged without running the handler.
   *
   * @return {@code true} if it did; {@code false} if that claim no longer exists (released, or
   *     expired and taken over by another delivery, which may run the handler as well)
   */
  boolean complete(String webhookId, String token, Duration doneTtl);

  /**
   * Drops the processing claim made with {@code token}, after its handler failed, so that the
   * sender's retry runs the handler again. A done claim, or another delivery's claim, is left
   * alone.
   *
   * @return {@code true} if the claim was dropped; {@code false} if there was none with that token
   */
  boolean release(String webhookId, String token);

  /** What {@link #claim} found. */
  enum Status {
    /** The id was free; the caller now owns it and holds {@link Claim#token()}. */
    CLAIMED,
    /** Another delivery of the id is being handled; the filter answers 409 (retry later). */
    IN_PROGRESS,
    /** The id was handled successfully; the filter answers 200 without running the handler. */
    DONE
  }

  /**
   * The answer of {@link #claim}.
   *
   * @param status what the claim found
   * @param token the ownership token to pass to {@link #complete} or {@link #release}; non-null
   *     exactly when {@code status} is {@link Status#CLAIMED}
   */
  record Claim(Status status, String token) {

    private static final Claim IN_PROGRESS = new Claim(Status.IN_PROGRESS, null);
    private static final Claim DONE = new Claim(Status.DONE, null);

    /**
     * Checks that a token comes with {@link Status#CLAIMED} and only with it.
     *
     * @throws IllegalArgumentException otherwise
     */
    public Claim {
      Objects.requireNonNull(status, "status");
      if ((status == Status.CLAIMED) != (token != null)) {
        throw new IllegalArgumentException("a token comes with CLAIMED and only with it");
      }
    }

    /** The caller owns the id, proven by {@code token}. */
    public static Claim claimed(String token) {
      return new Claim(Status.CLAIMED, Objects.requireNonNull(token, "token"));
    }

    /** Another delivery of the id is being handled. */
    public static Claim inProgress() {
      return IN_PROGRESS;
    }

    /** The id was handled successfully. */
    public static Claim done() {
      return DONE;
    }
  }
}
