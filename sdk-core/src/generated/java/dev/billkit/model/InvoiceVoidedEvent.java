// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoice.voided}: An invoice was voided.
 */
public final class InvoiceVoidedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "invoice.voided";

  @Json(name = "data")
  private InvoiceEventData data;

  private InvoiceVoidedEvent() {}

  /**
   * The {@code data} field.
   */
  public InvoiceEventData data() {
    return data;
  }
}
