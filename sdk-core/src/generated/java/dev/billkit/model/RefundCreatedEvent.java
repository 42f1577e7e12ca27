// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code refund.created}: A refund was created.
 */
public final class RefundCreatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "refund.created";

  @Json(name = "data")
  private RefundEventData data;

  private RefundCreatedEvent() {}

  /**
   * The {@code data} field.
   */
  public RefundEventData data() {
    return data;
  }
}
