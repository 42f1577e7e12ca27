// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoice.updated}: Any other invoice change, for example a line added, metadata, or a
 * refund changing {@code refund_status}.
 */
public final class InvoiceUpdatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "invoice.updated";

  @Json(name = "data")
  private InvoiceEventData data;

  private InvoiceUpdatedEvent() {}

  /**
   * The {@code data} field.
   */
  public InvoiceEventData data() {
    return data;
  }
}
