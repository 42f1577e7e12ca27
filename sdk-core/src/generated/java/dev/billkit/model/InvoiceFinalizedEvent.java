// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoice.finalized}: An invoice left {@code draft} and became {@code open}, with a
 * number.
 */
public final class InvoiceFinalizedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "invoice.finalized";

  @Json(name = "data")
  private InvoiceEventData data;

  private InvoiceFinalizedEvent() {}

  /**
   * The {@code data} field.
   */
  public InvoiceEventData data() {
    return data;
  }
}
