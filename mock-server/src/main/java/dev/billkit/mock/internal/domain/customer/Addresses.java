package dev.billkit.mock.internal.domain.customer;

import java.util.LinkedHashMap;
import java.util.Map;

/** The spec's {@code AddressParams} (fields optional) to {@code Address} (all present). */
public final class Addresses {
  private static final String[] FIELDS = {
    "line1", "line2", "city", "state", "postal_code", "country"
  };

  private Addresses() {}

  /** Every field of the address, null where not given; null for a null address. */
  public static Map<String, Object> of(Map<String, Object> params) {
    if (params == null) {
      return null;
    }
    Map<String, Object> address = new LinkedHashMap<>();
    for (String field : FIELDS) {
      address.put(field, params.get(field));
    }
    return address;
  }
}
