// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code refund.failed}: A refund failed; its amount is refundable again.
 */
public final class RefundFailedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "refund.failed";

  @Json(name = "data")
  private RefundEventData data;

  private RefundFailedEvent() {}

  /**
   * The {@code data} field.
   */
  public RefundEventData data() {
    return data;
  }
}
