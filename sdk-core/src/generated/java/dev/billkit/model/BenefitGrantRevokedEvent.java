// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code benefit_grant.revoked}: A benefit grant was revoked.
 */
public final class BenefitGrantRevokedEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "benefit_grant.revoked";

  @Json(name = "data")
  private BenefitGrantEventData data;

  private BenefitGrantRevokedEvent() {}

  /**
   * The {@code data} field.
   */
  public BenefitGrantEventData data() {
    return data;
  }
}
