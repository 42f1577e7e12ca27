package dev.billkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  @Test
  void anEmptyIdIsRejectedBeforeItCanAddressTheWholeCollection() {
    assertThatThrownBy(() -> ApiRequest.builder(ApiRequest.Method.GET, "/v1/customers/{customer}",
        Object.class).pathParam("customer", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must be a non-empty id (got \"\")");
  }

  @Test
  void aMissingPathParameterIsNamed() {
    assertThatThrownBy(() -> ApiRequest.builder(ApiRequest.Method.GET,
        "/v1/customers/{customer}", Object.class).build())
        .hasMessage("path parameter customer is required");
  }

  @Test
  void aPathParameterTheTemplateDoesNotHaveIsRejected() {
    assertThatThrownBy(() -> ApiRequest.builder(ApiRequest.Method.GET,
        "/v1/customers/{customer}", Object.class).pathParam("custmer", "cus_1"))
        .hasMessage("the path template has no parameter custmer");
  }

  @Test
  void pathParametersFillTheirSegmentsAndLiteralsStay() {
    ApiRequest<Object> r = ApiRequest.builder(ApiRequest.Method.POST,
        "/v1/subscriptions/{subscription}/items/{item}", Object.class)
        .pathParam("item", "si_2").pathParam("subscription", "sub/1").build();

    assertThat(r.pathSegments()).containsExactly("v1", "subscriptions", "sub/1", "items", "si_2");
  }

  @Test
  void queryRendersInstantsCollectionsAndSkipsNulls() {
    ApiRequest<Object> r = ApiRequest.builder(ApiRequest.Method.GET, "/v1/x", Object.class)
        .query("created[gte]", Instant.parse("2026-01-01T00:00:00Z"))
        .query("status", List.of("active", "trialing"))
        .query("customer", null)
        .build();

    assertThat(r.query()).extracting(ApiRequest.QueryParam::value)
        .containsExactly("2026-01-01T00:00:00Z", "active", "trialing");
  }
}
