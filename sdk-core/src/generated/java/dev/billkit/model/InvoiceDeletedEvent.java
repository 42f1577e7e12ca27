// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoice.deleted}: A draft invoice was deleted.
 */
public final class InvoiceDeletedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "invoice.deleted";

  @Json(name = "data")
  private InvoiceEventData data;

  private InvoiceDeletedEvent() {}

  /**
   * The {@code data} field.
   */
  public InvoiceEventData data() {
    return data;
  }
}
