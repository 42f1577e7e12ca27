// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code customer.created}: A customer was created, directly or by a checkout.
 */
public final class CustomerCreatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "customer.created";

  @Json(name = "data")
  private CustomerEventData data;

  private CustomerCreatedEvent() {}

  /**
   * The {@code data} field.
   */
  public CustomerEventData data() {
    return data;
  }
}
