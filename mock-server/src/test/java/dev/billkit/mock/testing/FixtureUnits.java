package dev.billkit.mock.testing;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.Map;

/**
 * Handlers that prove units of work through HTTP. {@code createPaymentIntent} changes everything a
 * handler can change, then fails as {@code metadata.outcome} says: {@code reject} (400) or {@code
 * crash} (500). {@code confirmPaymentIntent} is a card decline that commits: it counts the attempt
 * on a {@code payment_intent} record, emits {@code payment_intent.payment_failed}, and answers 402.
 */
public final class FixtureUnits implements Domain {
  /** A task kind that does nothing (something to schedule). */
  public static final String NOOP = "fixture.noop";

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createPaymentIntent", FixtureUnits::changeEverythingThenFail)
        .on("confirmPaymentIntent", FixtureUnits::decline);
    handlers.tasks().on(NOOP, task -> {});
  }

  /**
   * Writes a new object, edits the newest customer, deletes the oldest, takes ids, emits, schedules
   * a task and cancels the customers' reminder tasks, then fails.
   */
  @SuppressWarnings("unchecked")
  private static MockResponse changeEverythingThenFail(Call call) {
    String id = call.newId(IdPrefix.PAYMENT_INTENT);
    call.save("scratch", Map.of("id", id, "amount", call.body().get("amount")));
    var customers = call.table("customer").entries();
    if (!customers.isEmpty()) {
      String newest = customers.get(customers.size() - 1).getKey();
      StoredObject edited = call.edit("customer", newest, "customer").set("name", "changed");
      edited.saveAndEmit("customer.updated");
      call.table("customer").remove(customers.get(0).getKey());
      call.emit("customer.deleted", customers.get(0).getValue(), null);
      for (Map.Entry<String, byte[]> e : customers) {
        call.cancelTasks(e.getKey(), null);
      }
    }
    call.schedule(NOOP, call.now(), id, Map.of("why", "rollback test"));
    call.tenant().ids().secret(8);
    String outcome =
        (String)
            ((Map<String, Object>) call.body().getOrDefault("metadata", Map.of())).get("outcome");
    if ("crash".equals(outcome)) {
      throw new IllegalStateException("fixture crash after changing everything");
    }
    throw ApiError.invalidRequest("parameter_invalid", "amount: rejected by the fixture", "amount");
  }

  private static MockResponse decline(Call call) {
    String id = call.pathParam("payment_intent");
    byte[] json = call.find("payment_intent", id);
    Map<String, Object> intent =
        json == null ? new java.util.LinkedHashMap<>() : Json.readObject(json);
    intent.put("id", id);
    intent.put("attempt_count", (Long) intent.getOrDefault("attempt_count", 0L) + 1);
    intent.put("last_payment_error", "card_declined");
    byte[] saved = call.save("payment_intent", intent);
    call.emit("payment_intent.payment_failed", saved, null);
    throw ApiError.card(
            "card_declined", "insufficient_funds", "Your card has insufficient funds.", null)
        .committed();
  }
}
