package dev.billkit.internal.json;

import java.util.Set;

/**
 * Implemented by generated params whose spec lets a field be sent as JSON {@code null} (to clear
 * it, as in {@code "description": null}). Moshi omits null fields, so {@link JsonCodec#encode}
 * adds these names back as explicit nulls. Not API.
 */
public interface ExplicitNulls {

  /** JSON names of the fields to send as {@code null}; never {@code null}. */
  Set<String> explicitNulls();
}
