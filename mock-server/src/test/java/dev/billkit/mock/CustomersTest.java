package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.map;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.domain.catalog.CatalogDomain;
import dev.billkit.mock.internal.domain.clock.TestClockDomain;
import dev.billkit.mock.internal.domain.customer.CustomerDomain;
import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.payment.PaymentMethodDomain;
import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The eight customer operations over HTTP, with their events and the customer-state view. */
class CustomersTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void aCustomerIsCreatedRetrievedListedAndFoundByExternalId() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> created =
        c.ok(
            "/v1/customers",
            obj(
                "email", "ada@example.com",
                "name", "Ada",
                "external_id", "user_1815",
                "billing_address", obj("line1", "1 Analytical Way", "country", "GB"),
                "metadata", obj("plan", "pro", "gone", "")));
    String id = (String) created.get("id");
    assertThat(created)
        .containsEntry("object", "customer")
        .containsEntry("email", "ada@example.com")
        .containsEntry("external_id", "user_1815")
        .containsEntry("default_payment_method", null)
        .containsEntry("test_clock", null)
        .containsEntry("metadata", Map.of("plan", "pro"));
    assertThat(map(created.get("billing_address")))
        .containsEntry("line1", "1 Analytical Way")
        .containsEntry("city", null)
        .containsEntry("country", "GB");
    assertThat(c.ok("/v1/customers/" + id)).isEqualTo(created);
    assertThat(c.ok("/v1/customers/external/user_1815")).isEqualTo(created);
    assertThat(c.get("/v1/customers/external/nobody").errorCode()).isEqualTo("resource_missing");
    String other = c.customer("bob@example.com");
    assertThat(data(c.ok("/v1/customers"))).extracting(x -> x.get("id")).containsExactly(other, id);
    assertThat(data(c.ok("/v1/customers?email=ada@example.com")))
        .extracting(x -> x.get("id"))
        .containsExactly(id);
    assertThat(c.eventTypes())
        .containsExactly(
            "customer.created",
            "customer.state_changed",
            "customer.created",
            "customer.state_changed");
  }

  @Test
  void externalIdsAreUniqueAndARejectedRequestChangesNothing() {
    PurchaseServer.Client c = server.newClient();
    c.ok("/v1/customers", obj("email", "a@example.com", "external_id", "u1"));
    String b =
        (String)
            c.ok("/v1/customers", obj("email", "b@example.com", "external_id", "u2")).get("id");
    byte[] before = c.state();
    MockHttp.Reply dup =
        c.post("/v1/customers", obj("email", "c@example.com", "external_id", "u1"));
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "external_id");
    assertThat(c.post("/v1/customers/" + b, obj("external_id", "u1")).errorCode())
        .isEqualTo("parameter_invalid");
    assertThat(c.state()).isEqualTo(before);

    c.ok("/v1/customers/" + b, obj("external_id", "u3"));
    assertThat(c.get("/v1/customers/external/u2").status()).isEqualTo(404);
    assertThat(c.ok("/v1/customers/external/u3")).containsEntry("id", b);
    c.ok("/v1/customers/" + b, obj("external_id", null));
    assertThat(c.get("/v1/customers/external/u3").status()).isEqualTo(404);
    c.ok("/v1/customers", obj("email", "d@example.com", "external_id", "u2"));
  }

  @Test
  void anUpdateEmitsUpdatedWithPreviousAttributesThenTheNewState() {
    PurchaseServer.Client c = server.newClient();
    String id = c.customer("ada@example.com");
    var since = c.eventsFromNow();
    Map<String, Object> updated =
        c.ok("/v1/customers/" + id, obj("name", "Ada King", "metadata", obj("tier", "gold")));
    assertThat(updated).containsEntry("name", "Ada King");
    assertThat(since.get()).containsExactly("customer.updated", "customer.state_changed");
    List<Map<String, Object>> events = c.events();
    Map<String, Object> update = map(events.get(events.size() - 2).get("data"));
    assertThat(map(update.get("previous_attributes")))
        .isEqualTo(obj("metadata", Map.of(), "name", null));
    Map<String, Object> state = map(map(events.get(events.size() - 1).get("data")).get("object"));
    assertThat(map(state.get("customer"))).isEqualTo(updated);

    var none = c.eventsFromNow();
    c.ok("/v1/customers/" + id, obj("name", "Ada King"));
    assertThat(none.get()).isEmpty();
    c.ok("/v1/customers/" + id, obj("name", null, "billing_address", null));
    assertThat(c.ok("/v1/customers/" + id)).containsEntry("name", null);
  }

  @Test
  void aPaymentMethodGivenAtCreationIsAttachedAsTheDefault() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> customer =
        c.ok("/v1/customers", obj("email", "ada@example.com", "payment_method", "pm_card_visa"));
    String pm = (String) customer.get("default_payment_method");
    assertThat(pm).startsWith("pm_");
    assertThat(c.ok("/v1/payment_methods/" + pm)).containsEntry("customer", customer.get("id"));
    assertThat(data(c.ok("/v1/customers/" + customer.get("id") + "/payment_methods")))
        .extracting(x -> x.get("id"))
        .containsExactly(pm);
    assertThat(c.eventTypes()).containsExactly("customer.created", "customer.state_changed");

    byte[] before = c.state();
    MockHttp.Reply declined =
        c.post(
            "/v1/customers",
            obj("email", "bob@example.com", "payment_method", "pm_card_visa_chargeDeclined"));
    assertThat(declined.status()).isEqualTo(402);
    assertThat(declined.error())
        .containsEntry("code", "card_declined")
        .containsEntry("decline_code", "generic_decline");
    assertThat(c.state()).isEqualTo(before);
    assertThat(
            c.post("/v1/customers", obj("email", "x@example.com", "payment_method", "pm_nope1"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void theDefaultPaymentMethodMustBeAttachedToTheCustomer() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String loose = c.paymentMethod("pm_card_visa");
    MockHttp.Reply reply = c.post("/v1/customers/" + ada, obj("default_payment_method", loose));
    assertThat(reply.error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "default_payment_method");
    c.ok("/v1/payment_methods/" + loose + "/attach", obj("customer", ada));
    String second = c.paymentMethod("pm_card_mastercard");
    c.ok("/v1/payment_methods/" + second + "/attach", obj("customer", ada));
    assertThat(c.ok("/v1/customers/" + ada)).containsEntry("default_payment_method", loose);
    assertThat(c.ok("/v1/customers/" + ada, obj("default_payment_method", second)))
        .containsEntry("default_payment_method", second);
  }

  @Test
  void deletingACustomerDetachesItsCardsEmitsDeletedAndFreesItsExternalId() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> customer =
        c.ok(
            "/v1/customers",
            obj("email", "ada@example.com", "external_id", "u1", "payment_method", "pm_card_visa"));
    String id = (String) customer.get("id");
    String pm = (String) customer.get("default_payment_method");
    var since = c.eventsFromNow();
    assertThat(c.ok(c.delete("/v1/customers/" + id)))
        .isEqualTo(obj("id", id, "object", "customer", "deleted", true));
    assertThat(since.get()).containsExactly("customer.deleted");
    assertThat(c.get("/v1/customers/" + id).errorCode()).isEqualTo("resource_missing");
    assertThat(c.delete("/v1/customers/" + id).status()).isEqualTo(404);
    assertThat(c.get("/v1/customers/" + id + "/state").status()).isEqualTo(404);
    assertThat(c.get("/v1/customers/" + id + "/payment_methods").status()).isEqualTo(404);
    assertThat(c.ok("/v1/payment_methods/" + pm)).containsEntry("customer", null);
    String other = c.customer("bob@example.com");
    assertThat(c.post("/v1/payment_methods/" + pm + "/attach", obj("customer", other)).errorCode())
        .isEqualTo("invalid_state_transition");
    c.ok("/v1/customers", obj("email", "ada2@example.com", "external_id", "u1"));
  }

  @Test
  void theStateViewShowsTheCustomerItsGrantedBenefitsAndActiveSubscriptions() {
    PurchaseServer.Client c = server.newClient();
    String id = c.customer("ada@example.com");
    Map<String, Object> state = c.ok("/v1/customers/" + id + "/state");
    assertThat(state)
        .containsEntry("object", "customer_state")
        .containsEntry("active_subscriptions", List.of())
        .containsEntry("granted_benefits", List.of())
        .containsEntry("meters", List.of());
    // The benefits and subscriptions work fill these tables; the view reads them as they are.
    put(c, "benefit_grant", grant("bgr_1", id, true));
    put(c, "benefit_grant", grant("bgr_2", id, false));
    put(c, "benefit_grant", grant("bgr_3", "cus_other", true));
    assertThat(data(obj("data", c.ok("/v1/customers/" + id + "/state").get("granted_benefits"))))
        .extracting(g -> g.get("id"))
        .containsExactly("bgr_1");
  }

  @Test
  void customersOnATestClockLiveByItAndAreDeletedWithIt() {
    PurchaseServer.Client c = server.newClient();
    String clock =
        (String)
            c.ok(
                    "/v1/test_helpers/test_clocks",
                    obj("frozen_time", "2030-01-01T00:00:00Z", "name", "renewals"))
                .get("id");
    Map<String, Object> customer =
        c.ok("/v1/customers", obj("email", "ada@example.com", "test_clock", clock));
    assertThat(customer)
        .containsEntry("test_clock", clock)
        .containsEntry("created_at", "2030-01-01T00:00:00Z");
    c.customer("bob@example.com");
    assertThat(data(c.ok("/v1/customers?test_clock=" + clock)))
        .extracting(x -> x.get("id"))
        .containsExactly(customer.get("id"));
    assertThat(
            c.post("/v1/customers", obj("email", "x@example.com", "test_clock", "clock_nope"))
                .error())
        .containsEntry("param", "test_clock");
    var since = c.eventsFromNow();
    c.ok(c.delete("/v1/test_helpers/test_clocks/" + clock));
    assertThat(since.get()).containsExactly("customer.deleted");
    assertThat(c.get("/v1/customers/" + customer.get("id")).status()).isEqualTo(404);
  }

  @Test
  void meterBalancesComeFromTheSeamGivenToTheCustomerStates() {
    CustomerStates states =
        new CustomerStates(
            (work, customer) ->
                List.of(
                    obj(
                        "meter",
                        "mtr_1",
                        "consumed_units",
                        1200L,
                        "credited_units",
                        1000L,
                        "balance",
                        -200L)));
    try (BillkitMock mock =
        BillkitMock.builder()
            .domains(
                List.of(
                    new TestClockDomain(),
                    new CustomerDomain(states, List.of()),
                    new CatalogDomain(),
                    new PaymentMethodDomain(states)))
            .start()) {
      MockHttp http = new MockHttp(mock.url());
      String key = mock.newTenant().apiKey();
      String id =
          (String)
              http.post("/v1/customers")
                  .key(key)
                  .json("{\"email\":\"a@example.com\"}")
                  .send()
                  .json()
                  .get("id");
      assertThat(http.get("/v1/customers/" + id + "/state").key(key).send().json().get("meters"))
          .isEqualTo(
              List.of(
                  obj(
                      "meter",
                      "mtr_1",
                      "consumed_units",
                      1200L,
                      "credited_units",
                      1000L,
                      "balance",
                      -200L)));
    }
  }

  private static Map<String, Object> grant(String id, String customer, boolean granted) {
    return obj(
        "id",
        id,
        "object",
        "benefit_grant",
        "created_at",
        "2026-11-01T00:00:00Z",
        "livemode",
        false,
        "customer",
        customer,
        "benefit",
        "ben_1",
        "benefit_type",
        "custom",
        "subscription",
        null,
        "invoice",
        null,
        "is_granted",
        granted,
        "is_revoked",
        !granted,
        "granted_at",
        "2026-11-01T00:00:00Z",
        "revoked_at",
        null,
        "license_key",
        null);
  }

  private static void put(PurchaseServer.Client c, String table, Map<String, Object> object) {
    c.tenant().store().table(table).put((String) object.get("id"), Json.write(object));
  }
}
