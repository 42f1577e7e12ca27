// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code benefit_grant.created}: A benefit was granted to a customer.
 */
public final class BenefitGrantCreatedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "benefit_grant.created";

  @Json(name = "data")
  private BenefitGrantEventData data;

  private BenefitGrantCreatedEvent() {}

  /**
   * The {@code data} field.
   */
  public BenefitGrantEventData data() {
    return data;
  }
}
