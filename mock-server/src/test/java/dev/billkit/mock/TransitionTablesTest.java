package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every call in every status of the payment intent, invoice and checkout session state machines
 * (billing-domain.md §3): allowed calls succeed; the others are 400 invalid_state_transition naming
 * the status, and leave the account byte-identical.
 */
class TransitionTablesTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void paymentIntentsAllowExactlyTheCallsOfTheirStatus() {
    Map<String, Function<PurchaseServer.Client, String>> make =
        Map.of(
            "requires_payment_method", c -> intent(c, obj()),
            "requires_confirmation", c -> intent(c, obj("payment_method", "pm_card_visa")),
            "requires_action",
                c ->
                    intent(
                        c,
                        obj("payment_method", "pm_card_authenticationRequired", "confirm", true)),
            "requires_capture",
                c ->
                    intent(
                        c,
                        obj(
                            "payment_method",
                            "pm_card_visa",
                            "confirm",
                            true,
                            "capture_method",
                            "manual")),
            "succeeded", c -> intent(c, obj("payment_method", "pm_card_visa", "confirm", true)),
            "canceled",
                c -> {
                  String id = intent(c, obj());
                  c.ok("/v1/payment_intents/" + id + "/cancel", obj());
                  return id;
                });
    Map<String, BiFunction<PurchaseServer.Client, String, MockHttp.Reply>> calls =
        Map.of(
            "confirm",
                (c, id) ->
                    c.post(
                        "/v1/payment_intents/" + id + "/confirm",
                        obj("payment_method", "pm_card_visa")),
            "capture", (c, id) -> c.post("/v1/payment_intents/" + id + "/capture", obj()),
            "cancel", (c, id) -> c.post("/v1/payment_intents/" + id + "/cancel", obj()),
            "authenticate",
                (c, id) ->
                    c.post("/v1/test_helpers/payment_intents/" + id + "/authenticate", obj()),
            "update amount", (c, id) -> c.post("/v1/payment_intents/" + id, obj("amount", 900)),
            "refund", (c, id) -> c.post("/v1/refunds", obj("payment_intent", id)));
    Map<String, Set<String>> allowed =
        Map.of(
            "confirm", Set.of("requires_payment_method", "requires_confirmation"),
            "capture", Set.of("requires_capture"),
            "cancel",
                Set.of(
                    "requires_payment_method",
                    "requires_confirmation",
                    "requires_action",
                    "requires_capture"),
            "authenticate", Set.of("requires_action"),
            "update amount", Set.of("requires_payment_method", "requires_confirmation"),
            "refund", Set.of("succeeded"));
    assertThat(check("payment_intents", make, calls, allowed)).isEmpty();
  }

  @Test
  void invoicesAllowExactlyTheCallsOfTheirStatus() {
    Map<String, Function<PurchaseServer.Client, String>> make =
        Map.of(
            "draft", c -> draft(c),
            "open", c -> finalize(c, draft(c)),
            "paid",
                c -> {
                  String id = finalize(c, draft(c));
                  c.ok("/v1/invoices/" + id + "/pay", obj("payment_method", "pm_card_visa"));
                  return id;
                },
            "void", c -> act(c, finalize(c, draft(c)), "void"),
            "uncollectible", c -> act(c, finalize(c, draft(c)), "mark_uncollectible"));
    Map<String, BiFunction<PurchaseServer.Client, String, MockHttp.Reply>> calls =
        Map.of(
            "update", (c, id) -> c.post("/v1/invoices/" + id, obj("description", "x")),
            "lines",
                (c, id) ->
                    c.post("/v1/invoices/" + id + "/lines", obj("amount", 100, "description", "x")),
            "finalize", (c, id) -> c.post("/v1/invoices/" + id + "/finalize", obj()),
            "pay",
                (c, id) ->
                    c.post("/v1/invoices/" + id + "/pay", obj("payment_method", "pm_card_visa")),
            "void", (c, id) -> c.post("/v1/invoices/" + id + "/void", obj()),
            "mark_uncollectible",
                (c, id) -> c.post("/v1/invoices/" + id + "/mark_uncollectible", obj()),
            "delete", (c, id) -> c.delete("/v1/invoices/" + id),
            "refund", (c, id) -> c.post("/v1/refunds", obj("invoice", id)));
    Map<String, Set<String>> allowed =
        Map.of(
            "update", Set.of("draft"),
            "lines", Set.of("draft"),
            "finalize", Set.of("draft"),
            "delete", Set.of("draft"),
            "pay", Set.of("open", "uncollectible"),
            "void", Set.of("open", "uncollectible"),
            "mark_uncollectible", Set.of("open"),
            "refund", Set.of("paid"));
    assertThat(check("invoices", make, calls, allowed)).isEmpty();
  }

  @Test
  void checkoutSessionsAllowExactlyTheCallsOfTheirStatus() {
    Map<String, Function<PurchaseServer.Client, String>> make =
        Map.of(
            "open", c -> session(c),
            "confirmed", c -> confirm(c, session(c), "pm_card_authenticationRequired"),
            "succeeded", c -> confirm(c, session(c), "pm_card_visa"),
            "expired",
                c -> {
                  String id = session(c);
                  c.ok("/v1/checkout_sessions/" + id + "/expire", obj());
                  return id;
                });
    Map<String, BiFunction<PurchaseServer.Client, String, MockHttp.Reply>> calls =
        Map.of(
            "confirm",
                (c, id) ->
                    c.post(
                        "/v1/checkout_sessions/client/"
                            + c.ok("/v1/checkout_sessions/" + id).get("client_secret")
                            + "/confirm",
                        obj("payment_method", "pm_card_visa")),
            "expire", (c, id) -> c.post("/v1/checkout_sessions/" + id + "/expire", obj()));
    Map<String, Set<String>> allowed = Map.of("confirm", Set.of("open"), "expire", Set.of("open"));
    assertThat(check("checkout_sessions", make, calls, allowed)).isEmpty();
  }

  /** Tries every call in every status; returns what broke the table. */
  private static List<String> check(
      String path,
      Map<String, Function<PurchaseServer.Client, String>> make,
      Map<String, BiFunction<PurchaseServer.Client, String, MockHttp.Reply>> calls,
      Map<String, Set<String>> allowed) {
    List<String> wrong = new ArrayList<>();
    for (String status : make.keySet()) {
      for (String call : calls.keySet()) {
        PurchaseServer.Client c = server.newClient();
        String id = make.get(status).apply(c);
        assertThat(c.ok("/v1/" + path + "/" + id)).containsEntry("status", status);
        byte[] before = c.state();
        MockHttp.Reply reply = calls.get(call).apply(c, id);
        boolean ok = allowed.get(call).contains(status);
        if (ok && reply.status() != 200) {
          wrong.add(call + " in " + status + " should work: " + reply.body());
        }
        if (!ok) {
          if (reply.status() != 400
              || !"invalid_state_transition".equals(reply.errorCode())
              || !((String) reply.error().get("message")).contains("'" + status + "'")) {
            wrong.add(call + " in " + status + " should be refused: " + reply.body());
          } else if (!java.util.Arrays.equals(before, c.state())) {
            wrong.add(call + " in " + status + " was refused but changed the account");
          }
        }
      }
    }
    return wrong;
  }

  private static String intent(PurchaseServer.Client c, Map<String, Object> extra) {
    Map<String, Object> body = obj("amount", 2000, "currency", "usd");
    body.putAll(extra);
    return (String) c.ok("/v1/payment_intents", body).get("id");
  }

  private static String draft(PurchaseServer.Client c) {
    return (String)
        c.ok(
                "/v1/invoices",
                obj(
                    "customer",
                    c.customer("a@example.com"),
                    "currency",
                    "usd",
                    "lines",
                    List.of(obj("amount", 900, "description", "x"))))
            .get("id");
  }

  private static String finalize(PurchaseServer.Client c, String id) {
    c.ok("/v1/invoices/" + id + "/finalize", obj());
    return id;
  }

  private static String act(PurchaseServer.Client c, String id, String call) {
    c.ok("/v1/invoices/" + id + "/" + call, obj());
    return id;
  }

  private static String session(PurchaseServer.Client c) {
    return (String)
        c.ok(
                "/v1/checkout_sessions",
                obj("price", c.oneTimePrice(900), "customer_email", "a@example.com"))
            .get("id");
  }

  private static String confirm(PurchaseServer.Client c, String id, String token) {
    String secret = (String) c.ok("/v1/checkout_sessions/" + id).get("client_secret");
    c.ok("/v1/checkout_sessions/client/" + secret + "/confirm", obj("payment_method", token));
    return id;
  }
}
