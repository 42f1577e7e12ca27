// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import dev.billkit.internal.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import okio.Buffer;

/**
 * An event of any type. {@code type} decides the schema; see the {@code webhooks} section for
 * the catalogue.
 *
 * <p>Every event type is a subclass with a typed {@code data()} (such as {@link
 * SubscriptionCanceledEvent}); a type this SDK does not know yet parses to {@link UnknownEvent},
 * which keeps the raw JSON. Immutable and thread-safe.
 */
@JsonClass(generateAdapter = true)
public abstract class Event {
  @Json(name = "id")
  private String id;

  @Json(name = "object")
  private String object;

  @Json(name = "type")
  private String type;

  @Json(name = "created_at")
  private Instant createdAt;

  @Json(name = "livemode")
  private Boolean livemode;

  @Json(name = "request")
  private EventRequest request;

  @Json(name = "pending_webhooks")
  private Integer pendingWebhooks;

  Event() {}

  /**
   * Parses one event (a webhook body or an API answer) into its typed subclass, or {@link
   * UnknownEvent} for a type this SDK does not know. This does not verify a webhook signature.
   *
   * @throws dev.billkit.errors.BillkitInvalidDataException if {@code json} is not a valid event,
   *     naming the JSON path of the problem
   */
  public static Event parse(String json) {
    try {
      return JsonCodec.decode(new Buffer().writeUtf8(json), Event.class, null);
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory buffer cannot fail", e);
    }
  }

  /**
   * Unique identifier, prefixed {@code evt_}. Also the {@code webhook-id} of every delivery of
   * it.
   */
  public final String id() {
    return id;
  }

  /**
   * Always {@code event}.
   */
  public final String object() {
    return object;
  }

  /**
   * The event type, for example {@code subscription.canceled}.
   */
  public final String type() {
    return type;
  }

  /**
   * When it happened, by the account's (or test clock's) time.
   */
  public final Instant createdAt() {
    return createdAt;
  }

  /**
   * Always false in test mode and in the mock server.
   */
  public final Boolean livemode() {
    return livemode;
  }

  /**
   * The {@code request} field.
   */
  public final EventRequest request() {
    return request;
  }

  /**
   * Endpoints that have not received it successfully yet.
   */
  public final Integer pendingWebhooks() {
    return pendingWebhooks;
  }

  /** Events are equal when they are of the same class and have the same id. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && Objects.equals(id, ((Event) o).id);
  }

  @Override
  public final int hashCode() {
    return Objects.hashCode(id);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{id=" + id + ", type=" + type + ", createdAt=" + createdAt
        + "}";
  }
}
