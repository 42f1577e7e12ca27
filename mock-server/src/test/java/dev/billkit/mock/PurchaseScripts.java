package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.obj;

import dev.billkit.mock.testing.MockHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The random call sequences of {@link PurchasePropertiesTest}: the steps, their generator, and how
 * each step becomes an HTTP call against the objects that exist at that moment.
 */
final class PurchaseScripts {
  private PurchaseScripts() {}

  static final String[] TOKENS = {
    "pm_card_visa",
    "pm_card_visa_chargeDeclined",
    "pm_card_visa_chargeDeclinedInsufficientFunds",
    "pm_card_chargeDeclinedExpiredCard",
    "pm_card_chargeCustomerFail",
    "pm_card_authenticationRequired",
    "pm_card_authenticationRequiredOnSetup",
    "pm_card_pendingRefund",
    "pm_card_refundFail",
    "pm_card_mastercard"
  };

  static final Map<String, String> PREFIXES =
      Map.of(
          "customer", "cus_", "payment_method", "pm_", "payment_intent", "pi_", "invoice", "in_");

  /** The calls, each with its weight in the generated sequences. */
  enum Op {
    CUSTOMER(3),
    CUSTOMER_WITH_CARD(2),
    CARD(2),
    BAD_CARD(1),
    ATTACH(3),
    DETACH(2),
    DELETE_CUSTOMER(1),
    INTENT(3),
    INTENT_CONFIRMED(5),
    CONFIRM(5),
    CAPTURE(4),
    CANCEL(2),
    AUTHENTICATE(3),
    UPDATE_INTENT(2),
    INVOICE(5),
    ADD_LINE(2),
    FINALIZE(4),
    PAY(5),
    VOID(3),
    UNCOLLECTIBLE(3),
    DELETE_INVOICE(1),
    PURCHASE(3),
    REFUND_INTENT(6),
    REFUND_INVOICE(5),
    ADVANCE(2),
    MISSING_ID(1);

    final int weight;

    Op(int weight) {
      this.weight = weight;
    }
  }

  /** One call: {@code a} and {@code b} pick objects (modulo what exists) and options. */
  record Step(Op op, int a, int b, long amount, int card) {}

  /**
   * A sequence of 30 to 60 steps drawn from {@code random}, weighted towards calls that move objects
   * along; amounts are mostly valid (50..6000) and sometimes too small (0..49).
   */
  static List<Step> script(SplittableRandom random) {
    int total = 0;
    for (Op op : Op.values()) {
      total += op.weight;
    }
    int size = 30 + random.nextInt(31);
    List<Step> steps = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int pick = random.nextInt(total);
      Op op = null;
      for (Op candidate : Op.values()) {
        pick -= candidate.weight;
        if (pick < 0) {
          op = candidate;
          break;
        }
      }
      long amount = random.nextInt(9) < 8 ? 50 + random.nextInt(5951) : random.nextInt(50);
      steps.add(
          new Step(op, random.nextInt(1000), random.nextInt(1000), amount,
              random.nextInt(TOKENS.length)));
    }
    return steps;
  }

  /** A few objects to start from, so that early steps have something to act on. */
  static void prologue(PurchaseServer.Client c) {
    String ada =
        (String)
            c.ok("/v1/customers", obj("email", "ada@example.com", "payment_method", "pm_card_visa"))
                .get("id");
    c.customer("bob@example.com");
    for (int i = 0; i < 2; i++) {
      String invoice =
          (String)
              c.ok(
                      "/v1/invoices",
                      obj(
                          "customer",
                          ada,
                          "currency",
                          "usd",
                          "lines",
                          List.of(obj("amount", 1200 + i, "description", "seed"))))
                  .get("id");
      c.ok("/v1/invoices/" + invoice + "/finalize", obj());
    }
    c.ok(
        "/v1/payment_intents",
        obj(
            "amount",
            3000,
            "currency",
            "usd",
            "customer",
            ada,
            "payment_method",
            "pm_card_visa",
            "confirm",
            true));
  }

  static boolean rejected(Step step, MockHttp.Reply reply) {
    int status = reply.status();
    if (status == 400 || status == 404) {
      return true;
    }
    // These 402s reject the request (a card that can't be created or attached); declined
    // charges are recorded on purpose and are not rejections.
    return status == 402
        && Set.of(Op.BAD_CARD, Op.ATTACH, Op.CUSTOMER_WITH_CARD).contains(step.op());
  }

  static MockHttp.Reply run(PurchaseServer.Client c, Step s, PurchaseInvariants.Snapshot at) {
    String token = TOKENS[s.card()];
    String customer = pick(at, "customer", s.a(), o -> true);
    String other = pick(at, "customer", s.b(), o -> true);
    String pm = pick(at, "payment_method", s.a(), o -> true);
    String pi = pick(at, "payment_intent", s.a(), o -> true);
    String invoice = pick(at, "invoice", s.a(), o -> true);
    switch (s.op()) {
      case ATTACH:
        pm = pick(at, "payment_method", s.a(), o -> o.get("customer") == null);
        break;
      case DETACH:
        pm = pick(at, "payment_method", s.a(), o -> o.get("customer") != null);
        break;
      case CONFIRM:
      case UPDATE_INTENT:
        pi =
            pick(
                at,
                "payment_intent",
                s.a(),
                status("requires_payment_method", "requires_confirmation"));
        break;
      case CAPTURE:
        pi = pick(at, "payment_intent", s.a(), status("requires_capture"));
        break;
      case AUTHENTICATE:
        pi = pick(at, "payment_intent", s.a(), status("requires_action"));
        break;
      case CANCEL:
        pi =
            pick(
                at,
                "payment_intent",
                s.a(),
                status(
                    "requires_payment_method",
                    "requires_confirmation",
                    "requires_action",
                    "requires_capture"));
        break;
      case REFUND_INTENT:
        pi = pick(at, "payment_intent", s.a(), status("succeeded"));
        break;
      case FINALIZE:
      case ADD_LINE:
      case DELETE_INVOICE:
        invoice = pick(at, "invoice", s.a(), status("draft"));
        break;
      case PAY:
      case VOID:
        invoice = pick(at, "invoice", s.a(), status("open", "uncollectible"));
        break;
      case UNCOLLECTIBLE:
        invoice = pick(at, "invoice", s.a(), status("open"));
        break;
      case REFUND_INVOICE:
        invoice = pick(at, "invoice", s.a(), status("paid"));
        break;
      default:
        break;
    }
    switch (s.op()) {
      case CUSTOMER:
        return c.post("/v1/customers", obj("email", "u" + s.a() + "@example.com"));
      case CUSTOMER_WITH_CARD:
        return c.post("/v1/customers", obj("email", "c@example.com", "payment_method", token));
      case CARD:
        return c.post("/v1/payment_methods", obj("type", "card", "card", obj("token", token)));
      case BAD_CARD:
        return c.post(
            "/v1/payment_methods",
            obj(
                "type",
                "card",
                "card",
                obj("number", "4242424242424241", "exp_month", 1, "exp_year", 2040)));
      case ATTACH:
        return c.post(
            "/v1/payment_methods/" + pm + "/attach",
            obj("customer", other, "set_as_default", s.b() % 2 == 0));
      case DETACH:
        return c.post("/v1/payment_methods/" + pm + "/detach", obj());
      case DELETE_CUSTOMER:
        return c.delete("/v1/customers/" + customer);
      case INTENT:
        return c.post(
            "/v1/payment_intents",
            s.b() % 2 == 0
                ? obj("amount", s.amount(), "currency", "usd")
                : obj("amount", s.amount(), "currency", "usd", "customer", customer));
      case INTENT_CONFIRMED:
        return c.post(
            "/v1/payment_intents",
            obj(
                "amount",
                s.amount(),
                "currency",
                "usd",
                "payment_method",
                token,
                "confirm",
                true,
                "capture_method",
                s.b() % 2 == 0 ? "manual" : "automatic"));
      case CONFIRM:
        return c.post("/v1/payment_intents/" + pi + "/confirm", obj("payment_method", token));
      case CAPTURE:
        return c.post(
            "/v1/payment_intents/" + pi + "/capture",
            s.b() % 3 != 0 ? obj() : obj("amount_to_capture", s.amount()));
      case CANCEL:
        return c.post("/v1/payment_intents/" + pi + "/cancel", obj());
      case AUTHENTICATE:
        return c.post(
            "/v1/test_helpers/payment_intents/" + pi + "/authenticate",
            obj("outcome", s.b() % 3 == 0 ? "fail" : "succeed"));
      case UPDATE_INTENT:
        return c.post("/v1/payment_intents/" + pi, obj("amount", s.amount()));
      case INVOICE:
        List<Object> lines = new ArrayList<>();
        for (int i = 0; i < (s.b() % 6 == 0 ? 0 : 1 + s.b() % 2); i++) {
          lines.add(obj("amount", s.amount() / (i + 1), "description", "line " + i));
        }
        return c.post("/v1/invoices", obj("customer", customer, "currency", "usd", "lines", lines));
      case ADD_LINE:
        return c.post(
            "/v1/invoices/" + invoice + "/lines",
            obj("amount", s.amount(), "description", "extra"));
      case FINALIZE:
        return c.post("/v1/invoices/" + invoice + "/finalize", obj());
      case PAY:
        return c.post("/v1/invoices/" + invoice + "/pay", obj("payment_method", token));
      case VOID:
        return c.post("/v1/invoices/" + invoice + "/void", obj());
      case UNCOLLECTIBLE:
        return c.post("/v1/invoices/" + invoice + "/mark_uncollectible", obj());
      case DELETE_INVOICE:
        return c.delete("/v1/invoices/" + invoice);
      case PURCHASE:
        String price = c.oneTimePrice(Math.max(50, s.amount()));
        String secret =
            (String)
                c.ok(
                        "/v1/checkout_sessions",
                        obj("price", price, "customer_email", "p@example.com"))
                    .get("client_secret");
        return c.post(
            "/v1/checkout_sessions/client/" + secret + "/confirm", obj("payment_method", token));
      case REFUND_INTENT:
        return c.post(
            "/v1/refunds",
            s.b() % 3 == 0
                ? obj("payment_intent", pi)
                : obj("payment_intent", pi, "amount", 1 + s.amount()));
      case REFUND_INVOICE:
        return c.post(
            "/v1/refunds",
            s.b() % 3 == 0
                ? obj("invoice", invoice)
                : obj("invoice", invoice, "amount", 1 + s.amount()));
      case ADVANCE:
        return c.post("/_mock/clock/advance", obj("seconds", (long) s.a() * 1200));
      default:
        return c.post("/v1/payment_intents/pi_missing" + s.a() + "/confirm", obj());
    }
  }

  /**
   * Mostly (index < 700) one of the two newest objects the call applies to, so that sequences make
   * progress; otherwise any object, so that calls in the wrong state happen too. A missing id when
   * the table is empty.
   */
  private static String pick(
      PurchaseInvariants.Snapshot at,
      String table,
      int index,
      Predicate<Map<String, Object>> fits) {
    List<Map<String, Object>> all = new ArrayList<>(at.of(table).values());
    if (all.isEmpty()) {
      return PREFIXES.get(table) + "missing" + index;
    }
    List<Map<String, Object>> candidates = all.stream().filter(fits).toList();
    if (index < 700 && !candidates.isEmpty()) {
      return (String)
          candidates.get(candidates.size() - 1 - index % Math.min(candidates.size(), 2)).get("id");
    }
    return (String) all.get(index % all.size()).get("id");
  }

  private static Predicate<Map<String, Object>> status(String... statuses) {
    Set<String> set = Set.of(statuses);
    return o -> set.contains(o.get("status"));
  }
}
