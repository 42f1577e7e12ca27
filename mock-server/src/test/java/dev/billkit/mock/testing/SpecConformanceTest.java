package dev.billkit.mock.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The conformance check itself must be able to fail, or the whole suite proves nothing. */
class SpecConformanceTest {
  static final SpecConformance SPEC = SpecConformance.billing();
  static final Function<String, String> GOOD_HEADERS =
      Map.of("Request-Id", "req_abc123", "Content-Type", "application/json")::get;
  static final String CUSTOMER =
      "{\"id\":\"cus_1\",\"object\":\"customer\",\"created_at\":\"2026-11-01T00:00:00Z\","
          + "\"livemode\":false,\"metadata\":{},\"email\":\"a@b.co\",\"name\":null,\"external_id\":null,"
          + "\"billing_address\":null,\"default_payment_method\":null,\"test_clock\":null}";

  @Test
  void aConformingResponsePasses() {
    SPEC.check("GET", "/v1/customers/cus_1", 200, GOOD_HEADERS, CUSTOMER);
  }

  @Test
  void aBodyThatBreaksItsSchemaFails() {
    assertThatThrownBy(
            () ->
                SPEC.check(
                    "GET",
                    "/v1/customers/cus_1",
                    200,
                    GOOD_HEADERS,
                    CUSTOMER.replace("\"livemode\":false,", "")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("livemode");
    assertThatThrownBy(
            () ->
                SPEC.check(
                    "GET",
                    "/v1/customers/cus_1",
                    200,
                    GOOD_HEADERS,
                    CUSTOMER.replace("cus_1", "prod_1")))
        .hasMessageContaining("/id");
  }

  @Test
  void anUndeclaredStatusAMissingRequestIdOrABadHeaderFails() {
    assertThat(SPEC.problems("GET", "/v1/customers/cus_1", 302, GOOD_HEADERS, CUSTOMER))
        .isNotEmpty();
    assertThat(
            SPEC.problems(
                "GET",
                "/v1/customers/cus_1",
                200,
                Map.of("Content-Type", "application/json")::get,
                CUSTOMER))
        .anyMatch(p -> p.contains("Request-Id"));
    Function<String, String> replayed =
        Map.of(
                "Request-Id",
                "req_1",
                "Content-Type",
                "application/json",
                "Idempotent-Replayed",
                "yes")
            ::get;
    assertThat(SPEC.problems("POST", "/v1/customers", 200, replayed, CUSTOMER))
        .anyMatch(p -> p.contains("Idempotent-Replayed"));
  }

  @Test
  void anErrorBodyMissingAFieldFails() {
    String error =
        "{\"error\":{\"type\":\"api_error\",\"code\":\"x\",\"message\":\"m\",\"param\":null,\"request_id\":\"req_1\",\"errors\":[]}}";
    assertThat(SPEC.problems("GET", "/v1/customers/cus_1", 500, GOOD_HEADERS, error))
        .anyMatch(p -> p.contains("decline_code"));
    assertThat(SPEC.problems("GET", "/v1/unknown", 200, GOOD_HEADERS, error))
        .anyMatch(p -> p.contains("404"));
  }
}
