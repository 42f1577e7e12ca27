package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules the purchase path must keep, written from billing-domain.md §3 independently of the
 * server code: money conservation and the legal status transitions of each resource.
 */
final class PurchaseInvariants {
  private PurchaseInvariants() {}

  static final Map<String, Set<String>> INTENT_MOVES =
      Map.of(
          "requires_payment_method",
          Set.of(
              "requires_confirmation",
              "requires_action",
              "requires_capture",
              "succeeded",
              "canceled"),
          "requires_confirmation",
          Set.of(
              "requires_payment_method",
              "requires_action",
              "requires_capture",
              "succeeded",
              "canceled"),
          "requires_action",
          Set.of("succeeded", "requires_capture", "requires_payment_method", "canceled"),
          "requires_capture",
          Set.of("succeeded", "canceled"),
          "succeeded",
          Set.of(),
          "canceled",
          Set.of());
  static final Set<String> INTENT_STARTS =
      Set.of(
          "requires_payment_method",
          "requires_confirmation",
          "requires_action",
          "requires_capture",
          "succeeded");
  static final Map<String, Set<String>> INVOICE_MOVES =
      Map.of(
          "draft", Set.of("open", "paid"),
          "open", Set.of("paid", "void", "uncollectible"),
          "uncollectible", Set.of("paid", "void"),
          "paid", Set.of(),
          "void", Set.of());
  static final Map<String, Set<String>> REFUND_MOVES =
      Map.of(
          "pending",
          Set.of("succeeded", "failed", "canceled"),
          "succeeded",
          Set.of(),
          "failed",
          Set.of(),
          "canceled",
          Set.of());

  /** The objects of the tables that matter, by id, in creation order. */
  record Snapshot(Map<String, Map<String, Map<String, Object>>> tables) {
    static Snapshot of(PurchaseServer.Client c) {
      Map<String, Map<String, Map<String, Object>>> tables = new LinkedHashMap<>();
      for (String table :
          List.of("customer", "payment_method", "payment_intent", "invoice", "refund")) {
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : c.tenant().store().table(table).entries()) {
          objects.put(e.getKey(), Json.readObject(e.getValue()));
        }
        tables.put(table, objects);
      }
      return new Snapshot(tables);
    }

    List<String> ids(String table) {
      return new ArrayList<>(tables.get(table).keySet());
    }

    Map<String, Map<String, Object>> of(String table) {
      return tables.get(table);
    }
  }

  static void checkMoney(Snapshot s, String step) {
    Map<String, Long> settled = new LinkedHashMap<>();
    Map<String, Long> held = new LinkedHashMap<>();
    Map<String, Long> settledByInvoice = new LinkedHashMap<>();
    for (Map<String, Object> r : s.of("refund").values()) {
      long amount = (Long) r.get("amount");
      assertThat(amount).as(step).isPositive();
      String pi = (String) r.get("payment_intent");
      if (r.get("status").equals("succeeded")) {
        settled.merge(pi, amount, Long::sum);
        if (r.get("invoice") != null) {
          settledByInvoice.merge((String) r.get("invoice"), amount, Long::sum);
        }
      }
      if (r.get("status").equals("succeeded") || r.get("status").equals("pending")) {
        held.merge(pi, amount, Long::sum);
      }
    }
    for (Map<String, Object> pi : s.of("payment_intent").values()) {
      String id = (String) pi.get("id");
      long amount = (Long) pi.get("amount");
      long received = (Long) pi.get("amount_received");
      long refunded = (Long) pi.get("amount_refunded");
      String status = (String) pi.get("status");
      assertThat(received).as("%s received of %s", step, id).isBetween(0L, amount);
      assertThat(refunded)
          .as("%s refunded of %s", step, id)
          .isEqualTo(settled.getOrDefault(id, 0L));
      assertThat(held.getOrDefault(id, 0L))
          .as("%s refunds of %s", step, id)
          .isLessThanOrEqualTo(received);
      assertThat(received - refunded).as("%s net of %s", step, id).isGreaterThanOrEqualTo(0L);
      if (!status.equals("succeeded")) {
        assertThat(received).as("%s %s %s received", step, id, status).isZero();
      }
      assertThat((Long) pi.get("amount_capturable"))
          .as("%s capturable of %s", step, id)
          .isEqualTo(status.equals("requires_capture") ? amount : 0L);
    }
    for (Map<String, Object> in : s.of("invoice").values()) {
      String id = (String) in.get("id");
      long lines = 0;
      for (Object line : (List<?>) in.get("lines")) {
        lines += (Long) ((Map<?, ?>) line).get("amount");
      }
      long due = (Long) in.get("amount_due");
      long paid = (Long) in.get("amount_paid");
      long refunded = (Long) in.get("amount_refunded");
      assertThat(in.get("total")).as("%s total of %s", step, id).isEqualTo(lines);
      assertThat(due).as(step).isEqualTo(lines);
      assertThat((Long) in.get("amount_remaining")).as(step).isEqualTo(due - paid);
      assertThat(paid)
          .as("%s paid of %s", step, id)
          .isEqualTo(in.get("status").equals("paid") ? due : 0L);
      assertThat(refunded)
          .as("%s refunded of %s", step, id)
          .isEqualTo(settledByInvoice.getOrDefault(id, 0L))
          .isLessThanOrEqualTo(paid);
      assertThat(in.get("refund_status"))
          .as(step)
          .isEqualTo(refunded == 0 ? "none" : refunded < paid ? "partial" : "full");
      String pi = (String) in.get("payment_intent");
      if (in.get("status").equals("paid") && pi != null) {
        Map<String, Object> payment = s.of("payment_intent").get(pi);
        assertThat((Long) payment.get("amount_received") - (Long) payment.get("amount_refunded"))
            .as("%s net of %s equals its payment's", step, id)
            .isEqualTo(paid - refunded);
      }
    }
  }

  static void checkTransitions(Snapshot before, Snapshot after, String step) {
    moves(before, after, "payment_intent", INTENT_MOVES, INTENT_STARTS, step);
    moves(before, after, "invoice", INVOICE_MOVES, Set.of("draft", "paid"), step);
    moves(before, after, "refund", REFUND_MOVES, Set.of("succeeded", "pending", "failed"), step);
    for (String id : before.ids("invoice")) {
      if (!after.of("invoice").containsKey(id)) {
        assertThat(before.of("invoice").get(id).get("status"))
            .as("%s deleted %s", step, id)
            .isEqualTo("draft");
      }
    }
    for (String table : List.of("payment_intent", "refund", "payment_method")) {
      assertThat(after.ids(table)).as("%s never removed", table).containsAll(before.ids(table));
    }
    for (Map.Entry<String, Map<String, Object>> e : before.of("payment_method").entrySet()) {
      Map<String, Object> now = after.of("payment_method").get(e.getKey());
      Object was = e.getValue().get("customer");
      if (was != null) {
        assertThat(now.get("customer")).as("%s %s owner", step, e.getKey()).isIn(was, null);
      }
    }
  }

  private static void moves(
      Snapshot before,
      Snapshot after,
      String table,
      Map<String, Set<String>> legal,
      Set<String> starts,
      String step) {
    for (Map.Entry<String, Map<String, Object>> e : after.of(table).entrySet()) {
      String now = (String) e.getValue().get("status");
      Map<String, Object> old = before.of(table).get(e.getKey());
      if (old == null) {
        assertThat(starts).as("%s new %s %s", step, table, e.getKey()).contains(now);
      } else if (!old.get("status").equals(now)) {
        assertThat(legal.get((String) old.get("status")))
            .as("%s %s %s: %s -> %s", step, table, e.getKey(), old.get("status"), now)
            .contains(now);
      }
    }
  }
}
