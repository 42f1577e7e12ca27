package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Refunds: partial and full, limits, invoice refund status, pending and failing cards. */
class RefundsTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void partialRefundsAddUpToTheInvoiceAndNeverExceedIt() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> session = purchase(c, "pm_card_visa", 5000);
    String invoice = (String) session.get("invoice");
    String pi = (String) session.get("payment_intent");
    var since = c.eventsFromNow();
    Map<String, Object> first =
        c.ok(
            "/v1/refunds",
            obj("invoice", invoice, "amount", 2000, "reason", "requested_by_customer"));
    assertThat(first)
        .containsEntry("status", "succeeded")
        .containsEntry("payment_intent", pi)
        .containsEntry("invoice", invoice)
        .containsEntry("amount", 2000L)
        .containsEntry("currency", "usd")
        .containsEntry("revoke_benefits", false);
    assertThat(since.get()).containsExactly("refund.created", "invoice.updated");
    assertThat(c.ok("/v1/invoices/" + invoice))
        .containsEntry("amount_refunded", 2000L)
        .containsEntry("refund_status", "partial")
        .containsEntry("status", "paid");
    List<Map<String, Object>> events = c.events();
    assertThat(
            PurchaseServer.map(
                PurchaseServer.map(events.get(events.size() - 1).get("data"))
                    .get("previous_attributes")))
        .isEqualTo(obj("amount_refunded", 0L, "refund_status", "none"));

    byte[] before = c.state();
    MockHttp.Reply over = c.post("/v1/refunds", obj("payment_intent", pi, "amount", 3001));
    assertThat(over.error())
        .containsEntry("code", "refund_exceeds_refundable")
        .containsEntry("param", "amount");
    assertThat(c.state()).isEqualTo(before);
    Map<String, Object> rest = c.ok("/v1/refunds", obj("payment_intent", pi));
    assertThat(rest).containsEntry("amount", 3000L);
    assertThat(c.ok("/v1/invoices/" + invoice)).containsEntry("refund_status", "full");
    assertThat(c.ok("/v1/payment_intents/" + pi)).containsEntry("amount_refunded", 5000L);
    assertThat(c.post("/v1/refunds", obj("payment_intent", pi, "amount", 1)).errorCode())
        .isEqualTo("charge_already_refunded");
    assertThat(data(c.ok("/v1/refunds?invoice=" + invoice))).hasSize(2);
    assertThat(data(c.ok("/v1/refunds?payment_intent=" + pi)))
        .extracting(r -> r.get("id"))
        .containsExactly(rest.get("id"), first.get("id"));
    assertThat(c.ok("/v1/refunds/" + first.get("id"))).isEqualTo(first);
  }

  @Test
  void onlySucceededPaymentsAndPaidInvoicesCanBeRefunded() {
    PurchaseServer.Client c = server.newClient();
    String pending =
        (String) c.ok("/v1/payment_intents", obj("amount", 900, "currency", "usd")).get("id");
    assertThat(c.post("/v1/refunds", obj("payment_intent", pending)).errorCode())
        .isEqualTo("invalid_state_transition");
    String ada = c.customer("ada@example.com");
    String open = InvoicesTest.openInvoice(c, ada, 900);
    assertThat(c.post("/v1/refunds", obj("invoice", open)).errorCode())
        .isEqualTo("invalid_state_transition");
    String free = (String) c.ok("/v1/invoices", obj("customer", ada, "currency", "usd")).get("id");
    c.ok("/v1/invoices/" + free + "/finalize", obj());
    assertThat(c.post("/v1/refunds", obj("invoice", free)).errorCode())
        .isEqualTo("parameter_invalid");
    assertThat(c.post("/v1/refunds", obj()).errorCode()).isEqualTo("parameter_missing");
    assertThat(c.post("/v1/refunds", obj("invoice", open, "payment_intent", pending)).errorCode())
        .isEqualTo("parameters_exclusive");
    assertThat(c.post("/v1/refunds", obj("payment_intent", "pi_nope")).error())
        .containsEntry("code", "resource_missing")
        .containsEntry("param", "payment_intent");
    assertThat(c.eventTypes()).doesNotContain("refund.created");
  }

  @Test
  void thePendingRefundCardSettlesADayLaterAndHoldsItsAmountMeanwhile() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> session = purchase(c, "pm_card_pendingRefund", 5000);
    String pi = (String) session.get("payment_intent");
    Map<String, Object> refund = c.ok("/v1/refunds", obj("payment_intent", pi, "amount", 4000));
    assertThat(refund).containsEntry("status", "pending");
    assertThat(c.ok("/v1/payment_intents/" + pi)).containsEntry("amount_refunded", 0L);
    assertThat(c.post("/v1/refunds", obj("payment_intent", pi, "amount", 1001)).errorCode())
        .isEqualTo("refund_exceeds_refundable");
    c.advanceAccount(86400 - 1);
    assertThat(c.ok("/v1/refunds/" + refund.get("id"))).containsEntry("status", "pending");
    var since = c.eventsFromNow();
    c.advanceAccount(1);
    assertThat(since.get()).containsExactly("refund.updated", "invoice.updated");
    assertThat(c.ok("/v1/refunds/" + refund.get("id"))).containsEntry("status", "succeeded");
    assertThat(c.ok("/v1/invoices/" + session.get("invoice")))
        .containsEntry("amount_refunded", 4000L)
        .containsEntry("refund_status", "partial");
  }

  @Test
  void theRefundFailCardFailsAndTheAmountIsRefundableAgain() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> session = purchase(c, "pm_card_refundFail", 5000);
    String pi = (String) session.get("payment_intent");
    var since = c.eventsFromNow();
    Map<String, Object> refund = c.ok("/v1/refunds", obj("payment_intent", pi));
    assertThat(refund)
        .containsEntry("status", "failed")
        .containsEntry("failure_reason", "expired_or_canceled_card")
        .containsEntry("amount", 5000L);
    assertThat(since.get()).containsExactly("refund.created", "refund.updated", "refund.failed");
    assertThat(c.ok("/v1/invoices/" + session.get("invoice")))
        .containsEntry("amount_refunded", 0L)
        .containsEntry("refund_status", "none");
    assertThat(c.ok("/v1/refunds", obj("payment_intent", pi, "amount", 5000)))
        .containsEntry("status", "failed");
  }

  @Test
  void benefitsCanBeRevokedOnlyWithOneTimePurchases() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> session = purchase(c, "pm_card_visa", 5000);
    String invoice = (String) session.get("invoice");
    assertThat(c.ok("/v1/refunds", obj("invoice", invoice, "amount", 100, "revoke_benefits", true)))
        .containsEntry("revoke_benefits", true);
    // The subscriptions work creates subscription invoices; here one is made by hand.
    Map<String, Object> stored = Json.readObject(c.tenant().store().table("invoice").get(invoice));
    stored.put("subscription", "sub_1");
    c.tenant().store().table("invoice").put(invoice, Json.write(stored));
    assertThat(
            c.post("/v1/refunds", obj("invoice", invoice, "amount", 100, "revoke_benefits", true))
                .error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "revoke_benefits");
    assertThat(c.ok("/v1/refunds", obj("invoice", invoice, "amount", 100))).isNotNull();
  }

  @Test
  void aHundredConcurrentRefundsNeverReturnMoreThanWasPaid() throws Exception {
    PurchaseServer.Client c = server.newClient();
    String pi =
        (String)
            c.ok(
                    "/v1/payment_intents",
                    obj(
                        "amount",
                        5000,
                        "currency",
                        "usd",
                        "payment_method",
                        "pm_card_visa",
                        "confirm",
                        true))
                .get("id");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<MockHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        long amount = 70 + (i % 7) * 10;
        replies.add(
            pool.submit(() -> c.post("/v1/refunds", obj("payment_intent", pi, "amount", amount))));
      }
      long sum = 0;
      int ok = 0;
      for (Future<MockHttp.Reply> f : replies) {
        MockHttp.Reply reply = f.get();
        if (reply.status() == 200) {
          ok++;
          sum += (Long) reply.json().get("amount");
        } else {
          assertThat(reply.errorCode())
              .isIn("refund_exceeds_refundable", "charge_already_refunded");
        }
      }
      assertThat(sum).isLessThanOrEqualTo(5000L);
      assertThat(ok).isLessThan(100).isGreaterThan(0);
      Map<String, Object> after = c.ok("/v1/payment_intents/" + pi);
      assertThat(after.get("amount_refunded")).isEqualTo(sum);
      long listed = 0;
      String cursor = null;
      boolean more = true;
      while (more) {
        Map<String, Object> page =
            c.ok(
                "/v1/refunds?limit=100&payment_intent="
                    + pi
                    + (cursor == null ? "" : "&starting_after=" + cursor));
        for (Map<String, Object> r : data(page)) {
          listed += (Long) r.get("amount");
          cursor = (String) r.get("id");
        }
        more = (Boolean) page.get("has_more");
      }
      assertThat(listed).isEqualTo(sum);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A checkout of a one-time price paid with {@code token}; returns the succeeded session. */
  static Map<String, Object> purchase(PurchaseServer.Client c, String token, long amount) {
    String secret =
        (String)
            c.ok(
                    "/v1/checkout_sessions",
                    obj("price", c.oneTimePrice(amount), "customer_email", "ada@example.com"))
                .get("client_secret");
    return c.ok(
        "/v1/checkout_sessions/client/" + secret + "/confirm", obj("payment_method", token));
  }
}
