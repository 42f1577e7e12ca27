// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code checkout.updated}: A checkout session changed: confirmed, reopened after a declined
 * payment, or succeeded (before {@code checkout.completed}).
 */
public final class CheckoutUpdatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "checkout.updated";

  @Json(name = "data")
  private CheckoutSessionEventData data;

  private CheckoutUpdatedEvent() {}

  /**
   * The {@code data} field.
   */
  public CheckoutSessionEventData data() {
    return data;
  }
}
