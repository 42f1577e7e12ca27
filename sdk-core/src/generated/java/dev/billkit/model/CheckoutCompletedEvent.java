// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code checkout.completed}: A checkout session succeeded: the customer, the paid invoice and
 * any subscription exist.
 */
public final class CheckoutCompletedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "checkout.completed";

  @Json(name = "data")
  private CheckoutSessionEventData data;

  private CheckoutCompletedEvent() {}

  /**
   * The {@code data} field.
   */
  public CheckoutSessionEventData data() {
    return data;
  }
}
