// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.Map;

/**
 * An event whose {@code type} this version of the SDK does not know. The common fields are parsed;
 * {@link #rawJson()} is the event exactly as received, so nothing is lost until you upgrade.
 */
public final class UnknownEvent extends Event {
  @Json(name = "data")
  private Map<String, Object> data;

  private transient String rawJson;

  private UnknownEvent() {}

  /** {@code data} as generic JSON values (numbers are {@code Double}). */
  public Map<String, Object> data() {
    return data == null ? Map.of() : Collections.unmodifiableMap(data);
  }

  /** The whole event as received, byte for byte (UTF-8). */
  public String rawJson() {
    return rawJson;
  }

  void rawJson(String raw) {
    this.rawJson = raw;
  }
}
