package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.map;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** One-off invoices: drafts and lines, finalize, pay (with declines), void, write-off, delete. */
class InvoicesTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void aDraftCollectsLinesAndTotalsThenFinalizesWithANumber() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String price = c.oneTimePrice(1200);
    Map<String, Object> draft =
        c.ok(
            "/v1/invoices",
            obj(
                "customer",
                ada,
                "currency",
                "usd",
                "description",
                "March",
                "lines",
                List.of(obj("price", price, "quantity", 2))));
    String id = (String) draft.get("id");
    assertThat(draft)
        .containsEntry("status", "draft")
        .containsEntry("billing_reason", "manual")
        .containsEntry("number", null)
        .containsEntry("subtotal", 2400L)
        .containsEntry("total", 2400L)
        .containsEntry("amount_due", 2400L)
        .containsEntry("amount_remaining", 2400L)
        .containsEntry("refund_status", "none")
        .containsEntry("period_start", draft.get("created_at"));
    assertThat(map(((List<?>) draft.get("lines")).get(0)))
        .containsEntry("type", "price")
        .containsEntry("description", "E-book")
        .containsEntry("quantity", 2L)
        .containsEntry("unit_amount_decimal", "1200")
        .containsEntry("amount", 2400L);
    var since = c.eventsFromNow();
    Map<String, Object> more =
        c.ok("/v1/invoices/" + id + "/lines", obj("amount", 300, "description", "Gift wrap"));
    assertThat(more).containsEntry("total", 2700L);
    c.ok("/v1/invoices/" + id, obj("description", "April", "metadata", obj("po", "17")));
    Map<String, Object> open = c.ok("/v1/invoices/" + id + "/finalize", obj());
    assertThat(open).containsEntry("status", "open").containsEntry("number", "INV-000001");
    assertThat(map(open.get("status_transitions")).get("finalized_at")).isNotNull();
    assertThat(since.get())
        .containsExactly("invoice.updated", "invoice.updated", "invoice.finalized");
    assertThat(c.ok(c.post("/v1/invoices", obj("customer", ada, "currency", "usd")))).isNotNull();
    assertThat(data(c.ok("/v1/invoices?status=open")))
        .extracting(i -> i.get("id"))
        .containsExactly(id);
    assertThat(data(c.ok("/v1/invoices?customer=" + ada))).hasSize(2);
  }

  @Test
  void badLinesAreRejectedByNameAndChangeNothing() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String price = c.oneTimePrice(1200);
    String eur = oneTimeEuroPrice(c);
    byte[] before = c.state();
    assertThat(
            error(
                c,
                obj(
                    "customer",
                    ada,
                    "currency",
                    "usd",
                    "lines",
                    List.of(obj("price", price, "amount", 5)))))
        .containsEntry("code", "parameters_exclusive")
        .containsEntry("param", "lines[0].amount");
    assertThat(
            error(
                c,
                obj(
                    "customer",
                    ada,
                    "currency",
                    "usd",
                    "lines",
                    List.of(obj("amount", 5, "description", "x"), obj("amount", 500)))))
        .containsEntry("code", "parameter_missing")
        .containsEntry("param", "lines[1].description");
    assertThat(
            error(c, obj("customer", ada, "currency", "usd", "lines", List.of(obj("price", eur)))))
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "lines[0].price");
    assertThat(error(c, obj("customer", ada, "currency", "usd", "lines", List.of(obj()))))
        .containsEntry("code", "parameter_missing");
    assertThat(error(c, obj("customer", "cus_nobody", "currency", "usd")))
        .containsEntry("code", "resource_missing")
        .containsEntry("param", "customer");
    assertThat(c.state()).isEqualTo(before);
  }

  @Test
  void aZeroInvoiceIsPaidWhenFinalized() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String id = (String) c.ok("/v1/invoices", obj("customer", ada, "currency", "usd")).get("id");
    var since = c.eventsFromNow();
    assertThat(c.ok("/v1/invoices/" + id + "/finalize", obj()))
        .containsEntry("status", "paid")
        .containsEntry("amount_paid", 0L)
        .containsEntry("payment_intent", null);
    assertThat(since.get()).containsExactly("invoice.finalized", "invoice.paid");
  }

  @Test
  void payingChargesTheDefaultCardAndADeclineCountsTheAttempt() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> ada =
        c.ok(
            "/v1/customers",
            obj("email", "ada@example.com", "payment_method", "pm_card_chargeCustomerFail"));
    String id = openInvoice(c, (String) ada.get("id"), 4000);
    byte[] before = c.state();
    var since = c.eventsFromNow();
    MockHttp.Reply declined = c.post("/v1/invoices/" + id + "/pay", obj());
    assertThat(declined.status()).isEqualTo(402);
    assertThat(declined.error()).containsEntry("code", "card_declined");
    assertThat(c.state()).isNotEqualTo(before);
    assertThat(since.get())
        .containsExactly("payment_intent.payment_failed", "invoice.payment_failed");
    Map<String, Object> after = c.ok("/v1/invoices/" + id);
    assertThat(after).containsEntry("status", "open").containsEntry("attempt_count", 1L);
    String pi = (String) after.get("payment_intent");

    var paid = c.eventsFromNow();
    Map<String, Object> done =
        c.ok("/v1/invoices/" + id + "/pay", obj("payment_method", "pm_card_visa"));
    assertThat(done)
        .containsEntry("status", "paid")
        .containsEntry("attempt_count", 2L)
        .containsEntry("amount_paid", 4000L)
        .containsEntry("amount_remaining", 0L)
        .containsEntry("payment_intent", pi);
    assertThat(paid.get()).containsExactly("payment_intent.succeeded", "invoice.paid");
    assertThat(c.ok("/v1/payment_intents/" + pi))
        .containsEntry("invoice", id)
        .containsEntry("amount_received", 4000L);
    assertThat(c.post("/v1/invoices/" + id + "/pay", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
  }

  @Test
  void anInvoiceWithoutAPaymentMethodSaysSo() {
    PurchaseServer.Client c = server.newClient();
    String id = openInvoice(c, c.customer("ada@example.com"), 900);
    assertThat(c.post("/v1/invoices/" + id + "/pay", obj()).error())
        .containsEntry("code", "parameter_missing")
        .containsEntry("param", "payment_method");
  }

  @Test
  void threeDSecureOnPayLeavesTheInvoiceOpenUntilAuthenticated() {
    PurchaseServer.Client c = server.newClient();
    String id = openInvoice(c, c.customer("ada@example.com"), 900);
    Map<String, Object> waiting =
        c.ok(
            "/v1/invoices/" + id + "/pay", obj("payment_method", "pm_card_authenticationRequired"));
    assertThat(waiting).containsEntry("status", "open").containsEntry("attempt_count", 1L);
    String pi = (String) waiting.get("payment_intent");
    var since = c.eventsFromNow();
    c.ok("/v1/test_helpers/payment_intents/" + pi + "/authenticate", obj());
    assertThat(since.get()).containsExactly("payment_intent.succeeded", "invoice.paid");
    assertThat(c.ok("/v1/invoices/" + id)).containsEntry("status", "paid");
  }

  @Test
  void voidAndWriteOffFollowTheTransitionTable() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String a = openInvoice(c, ada, 900);
    assertThat(c.ok("/v1/invoices/" + a + "/mark_uncollectible", obj()))
        .containsEntry("status", "uncollectible");
    assertThat(c.post("/v1/invoices/" + a + "/mark_uncollectible", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(c.ok("/v1/invoices/" + a + "/pay", obj("payment_method", "pm_card_visa")))
        .containsEntry("status", "paid");
    String b = openInvoice(c, ada, 900);
    c.ok("/v1/invoices/" + b + "/pay", obj("payment_method", "pm_card_authenticationRequired"));
    String waiting = (String) c.ok("/v1/invoices/" + b).get("payment_intent");
    var since = c.eventsFromNow();
    Map<String, Object> voided = c.ok("/v1/invoices/" + b + "/void", obj());
    assertThat(voided).containsEntry("status", "void");
    assertThat(map(voided.get("status_transitions")).get("voided_at")).isNotNull();
    assertThat(since.get()).containsExactly("payment_intent.canceled", "invoice.voided");
    assertThat(c.ok("/v1/payment_intents/" + waiting))
        .containsEntry("cancellation_reason", "void_invoice");
    byte[] before = c.state();
    for (String call : new String[] {"pay", "void", "mark_uncollectible", "finalize", "lines"}) {
      assertThat(
              c.post("/v1/invoices/" + b + "/" + call, obj("amount", 5, "description", "x"))
                  .errorCode())
          .as(call)
          .isIn("invalid_state_transition", "parameter_unknown");
    }
    assertThat(c.post("/v1/invoices/" + b + "/void", obj()).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(c.state()).isEqualTo(before);
  }

  @Test
  void onlyDraftsCanBeEditedOrDeleted() {
    PurchaseServer.Client c = server.newClient();
    String ada = c.customer("ada@example.com");
    String draft = (String) c.ok("/v1/invoices", obj("customer", ada, "currency", "usd")).get("id");
    var since = c.eventsFromNow();
    assertThat(c.ok(c.delete("/v1/invoices/" + draft)))
        .isEqualTo(obj("id", draft, "object", "invoice", "deleted", true));
    assertThat(since.get()).containsExactly("invoice.deleted");
    assertThat(c.get("/v1/invoices/" + draft).status()).isEqualTo(404);
    String open = openInvoice(c, ada, 900);
    byte[] before = c.state();
    assertThat(c.delete("/v1/invoices/" + open).errorCode()).isEqualTo("invalid_state_transition");
    assertThat(c.post("/v1/invoices/" + open, obj("description", "x")).errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(
            c.post("/v1/invoices/" + open + "/lines", obj("amount", 100, "description", "x"))
                .errorCode())
        .isEqualTo("invalid_state_transition");
    assertThat(c.state()).isEqualTo(before);
  }

  @Test
  void anIdempotentReplayOfAPaymentDoesNotChargeTwice() {
    PurchaseServer.Client c = server.newClient();
    String id = openInvoice(c, c.customer("ada@example.com"), 900);
    Map<String, Object> body = obj("payment_method", "pm_card_visa_chargeDeclined");
    MockHttp.Reply first = c.postWithKey("/v1/invoices/" + id + "/pay", body, "pay-1");
    MockHttp.Reply again = c.postWithKey("/v1/invoices/" + id + "/pay", body, "pay-1");
    assertThat(again.status()).isEqualTo(402);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(c.ok("/v1/invoices/" + id)).containsEntry("attempt_count", 1L);
    assertThat(data(c.ok("/v1/payment_intents"))).hasSize(1);
  }

  static String openInvoice(PurchaseServer.Client c, String customer, long amount) {
    String id =
        (String)
            c.ok(
                    "/v1/invoices",
                    obj(
                        "customer",
                        customer,
                        "currency",
                        "usd",
                        "lines",
                        List.of(obj("amount", amount, "description", "Consulting"))))
                .get("id");
    c.ok("/v1/invoices/" + id + "/finalize", obj());
    return id;
  }

  private static String oneTimeEuroPrice(PurchaseServer.Client c) {
    String product = (String) c.ok("/v1/products", obj("name", "Book")).get("id");
    return (String)
        c.ok(
                "/v1/prices",
                obj(
                    "product",
                    product,
                    "amount_type",
                    "fixed",
                    "currency",
                    "eur",
                    "unit_amount",
                    900))
            .get("id");
  }

  private static Map<String, Object> error(PurchaseServer.Client c, Map<String, Object> body) {
    MockHttp.Reply reply = c.post("/v1/invoices", body);
    assertThat(reply.status()).isIn(400, 404);
    return reply.error();
  }
}
