// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code test_helpers.test_clock.ready}: A test clock finished advancing; every due transition
 * has run.
 */
public final class TestClockReadyEvent extends Event {
  /** The {@code type} value of this event. */
  public static final String TYPE = "test_helpers.test_clock.ready";

  @Json(name = "data")
  private TestClockEventData data;

  private TestClockReadyEvent() {}

  /**
   * The {@code data} field.
   */
  public TestClockEventData data() {
    return data;
  }
}
