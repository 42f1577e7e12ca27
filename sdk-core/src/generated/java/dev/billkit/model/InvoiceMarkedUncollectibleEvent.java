// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code invoice.marked_uncollectible}: An invoice was written off, by the API or when dunning
 * was exhausted.
 */
public final class InvoiceMarkedUncollectibleEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "invoice.marked_uncollectible";

  @Json(name = "data")
  private InvoiceEventData data;

  private InvoiceMarkedUncollectibleEvent() {}

  /**
   * The {@code data} field.
   */
  public InvoiceEventData data() {
    return data;
  }
}
