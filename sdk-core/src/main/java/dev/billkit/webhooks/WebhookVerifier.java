package dev.billkit.webhooks;

import dev.billkit.errors.BillkitInvalidDataException;
import dev.billkit.internal.json.JsonCodec;
import dev.billkit.model.Event;
import dev.billkit.model.UnknownEvent;
import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies Standard Webhooks v1 deliveries: HMAC-SHA256 over the exact body bytes, any of several
 * signatures against any of several secrets, and a timestamp within a tolerance in both directions.
 *
 * <pre>{@code
 * WebhookVerifier verifier =
 *     WebhookVerifier.builder().addSecret(System.getenv("BILLKIT_WHSEC")).build();
 * VerifiedWebhook hook = verifier.verify(rawBodyBytes, name -> request.headers(name));
 * Event event = verifier.verifyAndParse(rawBodyBytes, name -> request.headers(name));
 * }</pre>
 *
 * <p>Verify the bytes exactly as received: a body parsed and serialised again, or decoded and
 * re-encoded in another charset, will not match. Deduplicate on {@link VerifiedWebhook#id()}:
 * verification alone does not stop a replay inside the tolerance window.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class WebhookVerifier {

  /** The spec's and the reference libraries' tolerance. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private final SigningKey[] keys;
  private final long toleranceMillis;
  private final Clock clock;

  private WebhookVerifier(Builder b) {
    this.keys = b.keys.toArray(new SigningKey[0]);
    this.toleranceMillis = b.tolerance.toMillis();
    this.clock = b.clock;
  }

  /** Starts a builder: add at least one secret. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery.
   *
   * @param body the request body exactly as received (not copied, not modified)
   * @param headers the request headers
   * @return the verified id, timestamp and which secret matched
   * @throws WebhookVerificationException if anything does not check out; nothing is trusted then
   */
  public VerifiedWebhook verify(byte[] body, WebhookHeaders headers) {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    String id = DeliveryHeaders.single(headers, WebhookHeaders.ID);
    String timestamp = DeliveryHeaders.single(headers, WebhookHeaders.TIMESTAMP);
    String signatures = DeliveryHeaders.single(headers, WebhookHeaders.SIGNATURE);
    if (!SignedContent.isValidId(id)) {
      throw DeliveryHeaders.fail(
          Reason.MALFORMED_HEADER,
          "webhook-id must be 1 to 255 visible ASCII characters without '.'");
    }
    long seconds = DeliveryHeaders.parseTimestamp(timestamp);
    DeliveryHeaders.checkTolerance(seconds, clock.millis(), toleranceMillis);
    List<byte[]> candidates = DeliveryHeaders.v1Signatures(signatures);
    byte[] prefix = SignedContent.prefix(id, timestamp);
    int k = SignedContent.matchingKey(keys, prefix, body, candidates);
    if (k >= 0) {
      return new VerifiedWebhook(id, Instant.ofEpochSecond(seconds), k);
    }
    throw DeliveryHeaders.fail(
        Reason.NO_MATCHING_SIGNATURE, "no v1 signature matches a configured secret");
  }

  /**
   * Verifies a delivery, then parses the very bytes that were verified into its typed event: the
   * generated {@link Event} subclass of its {@code type} (such as {@code
   * SubscriptionCanceledEvent}, whose {@code data().object()} is the typed resource), or {@link
   * UnknownEvent}, which keeps the raw JSON, for a type this SDK does not know yet. Parsing uses
   * the client's shared Moshi, so events read exactly like API answers.
   *
   * @param body the request body exactly as received (not copied, not modified)
   * @param headers the request headers
   * @return the typed event; never {@code null}
   * @throws WebhookVerificationException if verification fails; the body is then not parsed
   * @throws BillkitInvalidDataException if the signature is valid but the body is not a valid
   *     event (malformed JSON, or a value of the wrong type), naming the JSON path of the problem;
   *     the sender signed it, so this is a sender bug or a version mismatch, not a forgery
   */
  public Event verifyAndParse(byte[] body, WebhookHeaders headers) {
    verify(body, headers);
    return JsonCodec.decode(body, Event.class, "Webhook body");
  }

  /** {@link #verifyAndParse(byte[], WebhookHeaders)} with a multi-valued header map. */
  public Event verifyAndParse(byte[] body, Map<String, ? extends List<String>> headers) {
    return verifyAndParse(
        body, DeliveryHeaders.snapshot(Objects.requireNonNull(headers, "headers")));
  }

  /**
   * {@link #verifyAndParse(byte[], WebhookHeaders)} for a body held as a {@code String}, encoded as
   * <b>UTF-8</b> before hashing and parsing; the same caveat as {@link #verify(String,
   * WebhookHeaders)} applies, so prefer the {@code byte[]} overload.
   */
  public Event verifyAndParse(String bodyUtf8, WebhookHeaders headers) {
    return verifyAndParse(
        Objects.requireNonNull(bodyUtf8, "body").getBytes(StandardCharsets.UTF_8), headers);
  }

  /** Verifies a delivery given as a multi-valued header map; see {@link WebhookHeaders#of}. */
  public VerifiedWebhook verify(byte[] body, Map<String, ? extends List<String>> headers) {
    return verify(body, DeliveryHeaders.snapshot(Objects.requireNonNull(headers, "headers")));
  }

  /**
   * Verifies a body held as a {@code String}, encoded as <b>UTF-8</b> before hashing. Prefer the
   * {@code byte[]} overload: this one only matches if the string was decoded from UTF-8 bytes
   * without loss and never re-serialised.
   */
  public VerifiedWebhook verify(String bodyUtf8, WebhookHeaders headers) {
    return verify(
        Objects.requireNonNull(bodyUtf8, "body").getBytes(StandardCharsets.UTF_8), headers);
  }

  @Override
  public String toString() {
    return "WebhookVerifier[secrets=" + keys.length + ", toleranceMillis=" + toleranceMillis + "]";
  }

  /** Configures a {@link WebhookVerifier}. Not thread-safe; build once at startup. */
  public static final class Builder {
    private final List<SigningKey> keys = new ArrayList<>(2);
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds a secret, {@code whsec_} followed by base64 of 24 to 64 bytes. Add the new and the old
     * secret while one rotates; a delivery is accepted if any signature matches any secret.
     *
     * @throws WebhookVerificationException with {@link Reason#BAD_SECRET} if it is malformed
     */
    public Builder addSecret(String secret) {
      keys.add(SigningKey.parse(secret, "secret #" + (keys.size() + 1)));
      return this;
    }

    /** Adds each of {@code secrets} in order; see {@link #addSecret}. */
    public Builder addSecrets(List<String> secrets) {
      Objects.requireNonNull(secrets, "secrets").forEach(this::addSecret);
      return this;
    }

    /**
     * How far the timestamp may be from the clock, in either direction; default 5 minutes.
     *
     * @throws IllegalArgumentException unless positive and at most 1000 days
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance");
      if (tolerance.isNegative()
          || tolerance.isZero()
          || tolerance.compareTo(Duration.ofDays(1000)) > 0) {
        throw new IllegalArgumentException(
            "tolerance must be positive and at most 1000 days (got " + tolerance + ")");
      }
      this.tolerance = tolerance;
      return this;
    }

    /** The clock to check timestamps against; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @throws WebhookVerificationException with {@link Reason#BAD_SECRET} if no secret was added
     */
    public WebhookVerifier build() {
      if (keys.isEmpty()) {
        throw new WebhookVerificationException(
            Reason.BAD_SECRET,
            "Bad webhook secret: none configured; call addSecret(\"whsec_...\") at least once");
      }
      return new WebhookVerifier(this);
    }
  }
}
