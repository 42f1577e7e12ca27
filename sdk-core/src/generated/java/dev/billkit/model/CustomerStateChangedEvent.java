// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code customer.state_changed}: Something in the customer state changed: the customer, a
 * subscription's status, or a benefit grant.
 */
public final class CustomerStateChangedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "customer.state_changed";

  @Json(name = "data")
  private CustomerStateEventData data;

  private CustomerStateChangedEvent() {}

  /**
   * The {@code data} field.
   */
  public CustomerStateEventData data() {
    return data;
  }
}
