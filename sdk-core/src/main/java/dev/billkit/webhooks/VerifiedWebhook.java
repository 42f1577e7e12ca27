package dev.billkit.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * A delivery whose signature and timestamp were checked by {@link WebhookVerifier}.
 *
 * <p>The body itself is not kept here: parse the same bytes that were verified. A typed event layer
 * parses on top of this result.
 *
 * @param id the {@code webhook-id}: the event id, the same on every retry, so the key to
 *     deduplicate on
 * @param timestamp the {@code webhook-timestamp} of this attempt
 * @param secretIndex the zero-based position, in the order they were added to the verifier's
 *     builder, of the secret whose signature matched; the secret itself is never exposed
 */
public record VerifiedWebhook(String id, Instant timestamp, int secretIndex) {

  /** Checks the components; public so that tests can build instances. */
  public VerifiedWebhook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timestamp, "timestamp");
    if (secretIndex < 0) {
      throw new IllegalArgumentException("secretIndex must be >= 0 (got " + secretIndex + ")");
    }
  }
}
