package dev.billkit.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillkitApiExceptionTest {
  @ParameterizedTest
  @CsvSource({
    "400, invalid_request_error, InvalidRequestException",
    "400, idempotency_error, IdempotencyKeyReusedException",
    "401, authentication_error, AuthenticationException",
    "402, card_error, CardException",
    "403, permission_error, PermissionException",
    "404, invalid_request_error, NotFoundException",
    "409, idempotency_error, IdempotencyConflictException",
    "429, rate_limit_error, RateLimitException",
    "500, api_error, ApiErrorException",
    "503, api_error, ApiErrorException",
    "422, invalid_request_error, UnexpectedStatusException",
  })
  void mapsStatusAndTypeToTheSubclass(int status, String type, String expected) {
    ApiErrorDetails details = ApiErrorDetails.builder().statusCode(status).type(type).build();

    assertThat(BillkitApiException.of(details).getClass().getSimpleName()).isEqualTo(expected);
  }

  @Test
  void usersCanBuildExceptionsForTheirOwnTests() {
    CardException e = new CardException(ApiErrorDetails.builder().statusCode(402)
        .type("card_error").code("expired_card").message("Your card has expired.")
        .param("payment_method").requestId("req_1").build());

    assertThat(e).hasMessage("402 card_error/expired_card: Your card has expired. "
        + "(param payment_method) [request-id req_1]");
    assertThat(e.idempotencyKey()).isEmpty();
    assertThat(e.declineCode()).isEmpty();
    assertThat(e.body()).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonStillGivesStatusAndBody() {
    BillkitApiException e = BillkitApiException.of(ApiErrorDetails.builder().statusCode(502)
        .body("<html>bad gateway</html>").build());

    assertThat(e).isInstanceOf(ApiErrorException.class)
        .hasMessage("502: no error message in the response body");
    assertThat(e.body()).isEqualTo("<html>bad gateway</html>");
  }
}
