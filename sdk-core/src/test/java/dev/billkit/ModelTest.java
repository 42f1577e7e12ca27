package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.model.CheckoutSession;
import dev.billkit.model.Customer;
import dev.billkit.model.CustomerCreateParams;
import dev.billkit.model.CustomerUpdateParams;
import dev.billkit.model.LicenseKey;
import dev.billkit.model.SubscriptionCancelParams;
import dev.billkit.model.WebhookEndpoint;
import org.junit.jupiter.api.Test;

/** Generated models: builders, required fields, equality, secrets, wire names. */
class ModelTest extends FaultHarness {
  @Test
  void buildRefusesAMissingRequiredFieldByName() {
    assertThatThrownBy(() -> CustomerCreateParams.builder().name("Ada").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CustomerCreateParams.email is required: call email(…)");
  }

  @Test
  void toBuilderDerivesAnEqualCopyThatCanBeChanged() {
    CustomerCreateParams p = CustomerCreateParams.builder().email("a@example.com")
        .externalId("user_1").build();

    assertThat(p.toBuilder().build()).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.toBuilder().email("b@example.com").build()).isNotEqualTo(p);
    assertThat(p.externalId()).hasValue("user_1");
    assertThat(p.name()).isEmpty();
  }

  @Test
  void secretsNeverAppearInToString() {
    String session = CheckoutSession.builder().clientSecret("cs_secret_abc").build().toString();
    String endpoint = WebhookEndpoint.builder().secret("whsec_abc").build().toString();
    String key = LicenseKey.builder().key("LK-1234-5678").build().toString();

    assertThat(session).contains("clientSecret=<redacted>").doesNotContain("cs_secret_abc");
    assertThat(endpoint).contains("secret=<redacted>").doesNotContain("whsec_abc");
    assertThat(key).contains("key=<redacted>").doesNotContain("LK-1234");
  }

  @Test
  void paramsAreSentWithWireNamesAndEnumValues() throws Exception {
    server.enqueue(json(200, "{\"id\":\"sub_1\",\"object\":\"subscription\"}"));

    client.subscriptions().cancel("sub_1", SubscriptionCancelParams.builder().atPeriodEnd(true)
        .reason(SubscriptionCancelParams.Reason.TOO_COMPLEX).build());

    var request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v1/subscriptions/sub_1/cancel");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"at_period_end\":true,\"reason\":\"too_complex\"}");
  }

  @Test
  void clearingAFieldSendsAnExplicitNullWhileUnsetFieldsStayOut() throws Exception {
    server.enqueue(json(200, customerJson("cus_1")));
    CustomerUpdateParams params = CustomerUpdateParams.builder().name("Ada")
        .clearBillingAddress().clearExternalId().externalId("user_2").build();

    client.customers().update("cus_1", params);

    String body = server.takeRequest().getBody().readUtf8();
    assertThat(body).isEqualTo("{\"external_id\":\"user_2\",\"name\":\"Ada\","
        + "\"billing_address\":null}");
    assertThat(params.toBuilder().build()).isEqualTo(params);
    assertThat(params).isNotEqualTo(params.toBuilder().billingAddress(null).build());
  }

  @Test
  void theUnknownFallbackCannotBeSent() {
    assertThatThrownBy(() -> SubscriptionCancelParams.builder()
        .reason(SubscriptionCancelParams.Reason.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNKNOWN cannot be sent");
  }

  @Test
  void operationsWithoutParamsPostAnEmptyObject() throws Exception {
    server.enqueue(json(200, customerJson("cus_1")));

    Customer c = client.customers().retrieve("cus_1");
    server.enqueue(json(200, "{\"id\":\"sub_1\",\"object\":\"subscription\"}"));
    client.subscriptions().resume("sub_1");

    assertThat(c.email()).isEqualTo("ada@example.com");
    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    var resume = server.takeRequest();
    assertThat(resume.getPath()).isEqualTo("/v1/subscriptions/sub_1/resume");
    assertThat(resume.getBody().readUtf8()).isEqualTo("{}");
    assertThat(resume.getHeader("Idempotency-Key")).isNotBlank();
  }
}
