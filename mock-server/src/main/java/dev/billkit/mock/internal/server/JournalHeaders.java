package dev.billkit.mock.internal.server;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepares request headers for the journal: redacts the API key, and shares the strings that repeat
 * from request to request (names, user agents, content types, a tenant's redacted key), and whole
 * header arrays when every string in them is shared, so that a full journal costs memory for what
 * is unique to each request only. Thread-safe.
 */
final class JournalHeaders {
  private static final int MAX_SHARED = 4096;
  private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<String>, String[]> sharedArrays = new ConcurrentHashMap<>();
  // Keyed by the whole header, API key included; the server's tenant table holds the keys anyway.
  private final ConcurrentHashMap<String, String> redactions = new ConcurrentHashMap<>();

  /** Lower-case names and values, alternating, ready to keep. Never modify the result. */
  String[] prepare(String[] headers) {
    String[] out = new String[headers.length];
    boolean allShared = true;
    for (int i = 0; i < headers.length; i += 2) {
      String name = share(headers[i]);
      String value = headers[i + 1];
      if (name.equals("authorization")) {
        value = redacted(value);
      } else if (!name.equals("idempotency-key") && value.length() <= 100) {
        value = share(value);
      } else {
        allShared = false;
      }
      out[i] = name;
      out[i + 1] = value;
    }
    return allShared ? shareArray(out) : out;
  }

  /** The one shared array with the same strings as {@code array} (up to a bound), else itself. */
  private String[] shareArray(String[] array) {
    List<String> key = Arrays.asList(array);
    String[] existing = sharedArrays.get(key);
    return existing != null ? existing : keep(sharedArrays, key, array);
  }

  /** The shared redaction of an Authorization value: a tenant sends the same one every time. */
  private String redacted(String authorization) {
    String known = redactions.get(authorization);
    return known != null ? known : keep(redactions, authorization, share(redact(authorization)));
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
    return existing != null ? existing : keep(shared, s, s);
  }

  /**
   * Keeps {@code value} under {@code key} while {@code map} is below its bound; returns what the map
   * holds for the key then (another thread's value if it got there first), else {@code value}.
   */
  private static <K, V> V keep(ConcurrentHashMap<K, V> map, K key, V value) {
    if (map.size() >= MAX_SHARED) {
      return value;
    }
    V raced = map.putIfAbsent(key, value);
    return raced == null ? value : raced;
  }
}
