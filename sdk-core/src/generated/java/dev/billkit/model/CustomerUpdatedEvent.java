// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code customer.updated}: A customer's fields changed; {@code previous_attributes} has the
 * old values.
 */
public final class CustomerUpdatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "customer.updated";

  @Json(name = "data")
  private CustomerEventData data;

  private CustomerUpdatedEvent() {}

  /**
   * The {@code data} field.
   */
  public CustomerEventData data() {
    return data;
  }
}
