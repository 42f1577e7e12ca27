// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code checkout.created}: A checkout session was created.
 */
public final class CheckoutCreatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "checkout.created";

  @Json(name = "data")
  private CheckoutSessionEventData data;

  private CheckoutCreatedEvent() {}

  /**
   * The {@code data} field.
   */
  public CheckoutSessionEventData data() {
    return data;
  }
}
