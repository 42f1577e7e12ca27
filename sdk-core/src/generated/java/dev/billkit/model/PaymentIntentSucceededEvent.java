// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code payment_intent.succeeded}: A payment intent collected its money (confirmed with
 * automatic capture, or captured).
 */
public final class PaymentIntentSucceededEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "payment_intent.succeeded";

  @Json(name = "data")
  private PaymentIntentEventData data;

  private PaymentIntentSucceededEvent() {}

  /**
   * The {@code data} field.
   */
  public PaymentIntentEventData data() {
    return data;
  }
}
