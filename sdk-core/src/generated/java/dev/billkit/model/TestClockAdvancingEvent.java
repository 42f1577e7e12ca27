// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code test_helpers.test_clock.advancing}: A test clock started advancing.
 */
public final class TestClockAdvancingEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "test_helpers.test_clock.advancing";

  @Json(name = "data")
  private TestClockEventData data;

  private TestClockAdvancingEvent() {}

  /**
   * The {@code data} field.
   */
  public TestClockEventData data() {
    return data;
  }
}
