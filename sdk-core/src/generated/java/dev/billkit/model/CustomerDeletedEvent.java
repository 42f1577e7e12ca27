// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code customer.deleted}: A customer was deleted (its subscriptions were canceled first).
 */
public final class CustomerDeletedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "customer.deleted";

  @Json(name = "data")
  private CustomerEventData data;

  private CustomerDeletedEvent() {}

  /**
   * The {@code data} field.
   */
  public CustomerEventData data() {
    return data;
  }
}
