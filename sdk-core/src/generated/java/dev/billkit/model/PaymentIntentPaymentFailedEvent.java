// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code payment_intent.payment_failed}: A confirmation failed; see {@code
 * last_payment_error}.
 */
public final class PaymentIntentPaymentFailedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "payment_intent.payment_failed";

  @Json(name = "data")
  private PaymentIntentEventData data;

  private PaymentIntentPaymentFailedEvent() {}

  /**
   * The {@code data} field.
   */
  public PaymentIntentEventData data() {
    return data;
  }
}
