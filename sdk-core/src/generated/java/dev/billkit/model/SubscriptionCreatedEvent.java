// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code subscription.created}: A subscription was created.
 */
public final class SubscriptionCreatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "subscription.created";

  @Json(name = "data")
  private SubscriptionEventData data;

  private SubscriptionCreatedEvent() {}

  /**
   * The {@code data} field.
   */
  public SubscriptionEventData data() {
    return data;
  }
}
