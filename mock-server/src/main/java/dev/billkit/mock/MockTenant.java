package dev.billkit.mock;

import java.util.Objects;

/**
 * One isolated test account on a running mock server: an API key and the base URL to send it to.
 * Every key is its own world (objects, ids, clock, journal, faults), so a test with a fresh tenant
 * needs no reset. Immutable and thread-safe.
 */
public final class MockTenant {
  private final String apiKey;
  private final String baseUrl;

  MockTenant(String apiKey, String baseUrl) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** The API key, {@code sk_test_...}; send it as {@code Authorization: Bearer <key>}. */
  public String apiKey() {
    return apiKey;
  }

  /** The server's base URL without a trailing slash, e.g. {@code http://127.0.0.1:54321}. */
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MockTenant
        && ((MockTenant) o).apiKey.equals(apiKey)
        && ((MockTenant) o).baseUrl.equals(baseUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiKey, baseUrl);
  }

  /** Shows the base URL and only the end of the key. */
  @Override
  public String toString() {
    return "MockTenant{"
        + baseUrl
        + ", sk_test_…"
        + apiKey.substring(Math.max(8, apiKey.length() - 4))
        + "}";
  }
}
