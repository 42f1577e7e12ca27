// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoice.payment_failed}: A payment attempt on an invoice failed; {@code
 * next_payment_attempt} says when dunning retries.
 */
public final class InvoicePaymentFailedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "invoice.payment_failed";

  @Json(name = "data")
  private InvoiceEventData data;

  private InvoicePaymentFailedEvent() {}

  /**
   * The {@code data} field.
   */
  public InvoiceEventData data() {
    return data;
  }
}
