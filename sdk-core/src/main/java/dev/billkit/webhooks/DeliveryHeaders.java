package dev.billkit.webhooks;

import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parsing of the three {@code webhook-*} headers, strict enough to reject anything ambiguous. */
final class DeliveryHeaders {

  // Unix seconds fit in 12 digits until the year 33658; longer values are not timestamps.
  private static final int MAX_TIMESTAMP_DIGITS = 12;

  private DeliveryHeaders() {}

  /**
   * The three webhook headers of a multi-valued map, found in one pass over its entries (names
   * compared case-insensitively; values of names differing only in case are combined). Same result
   * as {@link WebhookHeaders#of}, cheaper when the map holds many headers.
   */
  static WebhookHeaders snapshot(Map<String, ? extends List<String>> map) {
    List<String> id = List.of();
    List<String> timestamp = List.of();
    List<String> signature = List.of();
    for (Map.Entry<String, ? extends List<String>> e : map.entrySet()) {
      String name = e.getKey();
      List<String> values = e.getValue();
      if (name == null || values == null) {
        continue;
      }
      if (name.equalsIgnoreCase(WebhookHeaders.ID)) {
        id = concat(id, values);
      } else if (name.equalsIgnoreCase(WebhookHeaders.TIMESTAMP)) {
        timestamp = concat(timestamp, values);
      } else if (name.equalsIgnoreCase(WebhookHeaders.SIGNATURE)) {
        signature = concat(signature, values);
      }
    }
    List<String> i = id;
    List<String> t = timestamp;
    List<String> s = signature;
    return name ->
        WebhookHeaders.ID.equals(name) ? i : WebhookHeaders.TIMESTAMP.equals(name) ? t : s;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    if (a.isEmpty()) {
      return b;
    }
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  /** ASCII bytes of a substring; anything else becomes '?', which no signature contains. */
  private static byte[] ascii(String s, int from, int to) {
    byte[] out = new byte[to - from];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      out[i - from] = c < 128 ? (byte) c : (byte) '?';
    }
    return out;
  }

  /** The only value of header {@code name}: absent or empty is missing, twice is malformed. */
  static String single(WebhookHeaders headers, String name) {
    List<String> values = headers.values(name);
    if (values == null || values.isEmpty()) {
      throw fail(Reason.MISSING_HEADER, name + " header is missing");
    }
    if (values.size() > 1) {
      throw fail(Reason.MALFORMED_HEADER, name + " header appears more than once");
    }
    String value = values.get(0);
    if (value == null || value.isEmpty()) {
      throw fail(Reason.MISSING_HEADER, name + " header is empty");
    }
    return value;
  }

  /** Unix seconds from 1 to 12 ASCII digits; signs, spaces and decimals are malformed. */
  static long parseTimestamp(String value) {
    int n = value.length();
    if (n > MAX_TIMESTAMP_DIGITS) {
      throw fail(Reason.MALFORMED_HEADER, "webhook-timestamp is not Unix seconds");
    }
    long seconds = 0;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw fail(Reason.MALFORMED_HEADER, "webhook-timestamp is not Unix seconds");
      }
      seconds = seconds * 10 + (c - '0');
    }
    return seconds;
  }

  /**
   * The base64 parts (ASCII bytes) of the {@code v1,} entries; other schemes are ignored.
   *
   * @throws WebhookVerificationException if no entry parses, or none is {@code v1}
   */
  static List<byte[]> v1Signatures(String header) {
    List<byte[]> v1 = new ArrayList<>(2);
    boolean anyEntry = false;
    int i = 0;
    int n = header.length();
    while (i < n) {
      int end = header.indexOf(' ', i);
      if (end < 0) {
        end = n;
      }
      int comma = header.indexOf(',', i);
      if (comma > i && comma < end - 1) {
        anyEntry = true;
        if (comma - i == 2 && header.startsWith("v1", i)) {
          v1.add(ascii(header, comma + 1, end));
        }
      }
      i = end + 1;
    }
    if (!anyEntry) {
      throw fail(Reason.MALFORMED_HEADER, "webhook-signature has no \"scheme,signature\" entry");
    }
    if (v1.isEmpty()) {
      throw fail(Reason.NO_MATCHING_SIGNATURE, "webhook-signature has no v1 signature");
    }
    return v1;
  }

  /** Rejects a timestamp more than {@code toleranceMillis} from {@code nowMillis}, either way. */
  static void checkTolerance(long seconds, long nowMillis, long toleranceMillis) {
    long skew = nowMillis - seconds * 1000;
    if (skew > toleranceMillis) {
      throw fail(Reason.TIMESTAMP_TOO_OLD, "webhook-timestamp is older than the tolerance");
    }
    if (-skew > toleranceMillis) {
      throw fail(Reason.TIMESTAMP_IN_FUTURE, "webhook-timestamp is ahead of the tolerance");
    }
  }

  static WebhookVerificationException fail(Reason reason, String message) {
    return new WebhookVerificationException(
        reason, "Webhook rejected (" + reason + "): " + message);
  }
}
