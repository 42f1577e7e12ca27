package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.tenant.Tenants;
import java.util.Map;

/** Reads the API key from {@code Authorization: Bearer sk_test_...}. */
final class Auth {
  private static final String PREFIX = "sk_test_";

  private Auth() {}

  /** The key if the header holds a well-formed one, else null. */
  static String apiKey(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String key = authorization.substring(7).trim();
    return wellFormed(key) ? key : null;
  }

  /**
   * Whether {@code key} matches {@link Tenants#KEY}, checked without a regex matcher: this runs on
   * every request. {@code AuthTest} holds the two to the same answers.
   */
  static boolean wellFormed(String key) {
    int n = key.length() - PREFIX.length();
    if (n < 1 || n > 200 || !key.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < key.length(); i++) {
      char c = key.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The 401 for a header that {@link #apiKey} refused. */
  static ApiError reject(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return ApiError.custom(
          401,
          "authentication_error",
          "api_key_missing",
          "No API key provided. Send one as 'Authorization: Bearer sk_test_...'; every distinct key"
              + " is its own isolated test account.",
          Map.of());
    }
    String reason =
        !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? "the Authorization header must use the Bearer scheme"
            : "a key is 'sk_test_' followed by 1 to 200 letters, digits, '_' or '-'";
    return ApiError.custom(
        401,
        "authentication_error",
        "api_key_invalid",
        "Invalid API key: " + reason + " (e.g. 'Authorization: Bearer sk_test_123').",
        Map.of());
  }
}
