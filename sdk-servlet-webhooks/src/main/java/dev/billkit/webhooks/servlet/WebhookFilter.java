package dev.billkit.webhooks.servlet;

import dev.billkit.webhooks.VerifiedWebhook;
import dev.billkit.webhooks.WebhookVerificationException;
import dev.billkit.webhooks.WebhookVerifier;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Objects;

/**
 * Guards a webhook endpoint: map it on the endpoint's path only. For each request it
 *
 * <ol>
 *   <li>reads the raw body, answering 413 as soon as it exceeds the bound (default 1 MiB) and
 *       before any HMAC work, whether Content-Length is honest, absent or wrong;
 *   <li>verifies it with the {@link WebhookVerifier}, answering 400 with a generic body on any
 *       failure (the reason is logged at WARNING, never sent);
 *   <li>claims the {@code webhook-id} with the {@link WebhookDeduplicator}: a duplicate of an
 *       event already handled gets 200 at once, and a duplicate of one still being handled gets
 *       409 (so the sender retries later, and the event is not lost if the first attempt fails);
 *       neither runs the handler;
 *   <li>runs the rest of the chain with a request whose body can be read again (bytes, or text in
 *       the declared charset, UTF-8 if none) and whose attribute {@link #VERIFIED_WEBHOOK} holds
 *       the {@link VerifiedWebhook};
 *   <li>marks the id done when the handler answers 2xx, and releases the claim if it throws or
 *       answers anything else, so the sender's retry runs it again. A thrown exception becomes a
 *       500 (rethrown, never turned into 200). Asynchronous handlers are settled when they end.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class WebhookFilter implements Filter {

  /** Request attribute holding the {@link VerifiedWebhook} for the handler. */
  public static final String VERIFIED_WEBHOOK = VerifiedWebhook.class.getName();

  /** The default body bound, 1 MiB: far above the spec's advice of payloads under 20 kB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** How long a handled id is remembered by default: a day of sender retries. */
  public static final Duration DEFAULT_CLAIM_TTL = Duration.ofHours(24);

  /**
   * How long a running handler holds its claim by default: far above senders' 15–30 s timeouts,
   * short enough that the claim of a crashed instance frees up within the sender's retries.
   */
  public static final Duration DEFAULT_PROCESSING_TIMEOUT = Duration.ofMinutes(5);

  private final Verification verification;
  private final WebhookDeduplicator deduplicator;
  private final int maxBodyBytes;
  private final Duration claimTtl;
  private final Duration processingTimeout;

  private WebhookFilter(Builder b) {
    this.verification = b.verification;
    this.deduplicator = b.deduplicator;
    this.maxBodyBytes = b.maxBodyBytes;
    this.claimTtl = b.claimTtl;
    this.processingTimeout = b.processingTimeout;
  }

  /** Starts a builder; {@link Builder#verifier} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The verified delivery of a request that passed this filter.
   *
   * @throws IllegalStateException if the request did not pass through a {@link WebhookFilter}
   */
  public static VerifiedWebhook verifiedWebhook(ServletRequest request) {
    Object hook = request.getAttribute(VERIFIED_WEBHOOK);
    if (!(hook instanceof VerifiedWebhook)) {
      throw new IllegalStateException(
          "No verified webhook on this request: map WebhookFilter on this path");
    }
    return (VerifiedWebhook) hook;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest) || !(res instanceof HttpServletResponse)) {
      throw new ServletException("WebhookFilter handles HTTP requests only");
    }
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;

    byte[] body = BoundedBody.read(request, maxBodyBytes);
    if (body == null) {
      Answers.tooLarge(request, response, maxBodyBytes);
      return;
    }
    VerifiedWebhook hook;
    try {
      hook = verification.verify(body, name -> Collections.list(request.getHeaders(name)));
    } catch (WebhookVerificationException e) {
      Answers.rejected(request, response, e);
      return;
    }
    WebhookDeduplicator.Claim claim = deduplicator.claim(hook.id(), processingTimeout);
    switch (claim.status()) {
      case DONE:
        Answers.duplicate(response, hook.id());
        return;
      case IN_PROGRESS:
        Answers.inProgress(response, hook.id());
        return;
      default:
        request.setAttribute(VERIFIED_WEBHOOK, hook);
        new ClaimedDelivery(deduplicator, hook.id(), claim.token(), claimTtl, response)
            .run(new VerifiedRequest(request, body), chain);
    }
  }

  /** Configures a {@link WebhookFilter}. Not thread-safe. */
  public static final class Builder {
    private Verification verification;
    private WebhookDeduplicator deduplicator = new InMemoryWebhookDeduplicator();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Duration claimTtl = DEFAULT_CLAIM_TTL;
    private Duration processingTimeout = DEFAULT_PROCESSING_TIMEOUT;

    private Builder() {}

    /** The verifier holding the endpoint's secrets. Required. */
    public Builder verifier(WebhookVerifier verifier) {
      Objects.requireNonNull(verifier, "verifier");
      this.verification = verifier::verify;
      return this;
    }

    Builder verification(Verification verification) {
      this.verification = Objects.requireNonNull(verification, "verification");
      return this;
    }

    /**
     * Where handled ids are remembered; default a new {@link InMemoryWebhookDeduplicator}, which
     * only sees this JVM. Use {@link JdbcWebhookDeduplicator} when running several instances.
     */
    public Builder deduplicator(WebhookDeduplicator deduplicator) {
      this.deduplicator = Objects.requireNonNull(deduplicator, "deduplicator");
      return this;
    }

    /**
     * The largest body accepted; default 1 MiB.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be >= 1 (got " + maxBodyBytes + ")");
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * How long a handled id is remembered as done; default 24 hours. Keep it at least as long as
     * the verifier's tolerance, so a replayed delivery cannot outlive its claim.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder claimTtl(Duration claimTtl) {
      this.claimTtl = positive("claimTtl", claimTtl);
      return this;
    }

    /**
     * How long a running handler holds its claim; default 5 minutes. Until then duplicates get
     * 409; after it, the claim counts as abandoned (a crashed instance) and the next delivery runs
     * the handler. Keep it above the slowest handler.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder processingTimeout(Duration processingTimeout) {
      this.processingTimeout = positive("processingTimeout", processingTimeout);
      return this;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive (got " + value + ")");
      }
      return value;
    }

    /**
     * Builds the filter.
     *
     * @throws IllegalStateException if no verifier was set
     */
    public WebhookFilter build() {
      if (verification == null) {
        throw new IllegalStateException(
            "verifier is required: call"
                + " verifier(WebhookVerifier.builder().addSecret(...).build())");
      }
      return new WebhookFilter(this);
    }
  }
}
