// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code checkout.expired}: A checkout session expired unpaid, by time or by the expire call.
 */
public final class CheckoutExpiredEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "checkout.expired";

  @Json(name = "data")
  private CheckoutSessionEventData data;

  private CheckoutExpiredEvent() {}

  /**
   * The {@code data} field.
   */
  public CheckoutSessionEventData data() {
    return data;
  }
}
