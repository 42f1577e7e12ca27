// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code subscription.updated}: Any change to a subscription; sent with every more specific
 * subscription event.
 */
public final class SubscriptionUpdatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "subscription.updated";

  @Json(name = "data")
  private SubscriptionEventData data;

  private SubscriptionUpdatedEvent() {}

  /**
   * The {@code data} field.
   */
  public SubscriptionEventData data() {
    return data;
  }
}
