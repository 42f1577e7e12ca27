package dev.billkit.mock.internal.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepares request headers for the journal: redacts the API key, and shares the strings that repeat
 * from request to request (names, user agents, content types, a tenant's redacted key), so that a
 * full journal costs memory for what is unique to each request only. Thread-safe.
 */
final class JournalHeaders {
  private static final int MAX_SHARED = 4096;
  private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

  /** Lower-case names and values, alternating, ready to keep. */
  String[] prepare(String[] headers) {
    String[] out = new String[headers.length];
    for (int i = 0; i < headers.length; i += 2) {
      String name = share(headers[i]);
      String value = headers[i + 1];
      if (name.equals("authorization")) {
        value = share(redact(value));
      } else if (!name.equals("idempotency-key") && value.length() <= 100) {
        value = share(value);
      }
      out[i] = name;
      out[i + 1] = value;
    }
    return out;
  }

  /** {@code Bearer sk_test_abcd…}: the scheme and the key's first 12 characters. */
  static String redact(String authorization) {
    String scheme =
        authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(0, 7) : "";
    String secret = authorization.substring(scheme.length());
    return scheme + (secret.length() <= 12 ? secret : secret.substring(0, 12)) + "…";
  }

  /** The one shared copy of a string that repeats (up to a bound), else {@code s} itself. */
  String share(String s) {
    String existing = shared.get(s);
    if (existing != null) {
      return existing;
    }
    if (shared.size() < MAX_SHARED) {
      existing = shared.putIfAbsent(s, s);
    }
    return existing == null ? s : existing;
  }
}
