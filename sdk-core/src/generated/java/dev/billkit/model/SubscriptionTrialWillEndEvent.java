// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code subscription.trial_will_end}: The trial ends in 3 days.
 */
public final class SubscriptionTrialWillEndEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "subscription.trial_will_end";

  @Json(name = "data")
  private SubscriptionEventData data;

  private SubscriptionTrialWillEndEvent() {}

  /**
   * The {@code data} field.
   */
  public SubscriptionEventData data() {
    return data;
  }
}
