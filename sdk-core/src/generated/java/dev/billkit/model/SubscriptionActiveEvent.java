// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code subscription.active}: The status entered {@code trialing} or {@code active} from
 * outside that pair: on creation, or on recovery from {@code incomplete}, {@code past_due} or
 * {@code unpaid}.
 */
public final class SubscriptionActiveEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "subscription.active";

  @Json(name = "data")
  private SubscriptionEventData data;

  private SubscriptionActiveEvent() {}

  /**
   * The {@code data} field.
   */
  public SubscriptionEventData data() {
    return data;
  }
}
