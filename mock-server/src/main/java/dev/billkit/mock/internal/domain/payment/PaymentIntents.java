package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.domain.support.Transitions;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment intent state machine (billing-domain.md §3.1): creation and each transition with its
 * event. {@link Charges} decides what a confirmation does; the operations are in {@link
 * PaymentIntentDomain}. The count of failed confirmations is hidden state in a side table.
 * Stateless.
 */
public final class PaymentIntents {
  /** The table of payment intents. */
  public static final String TABLE = "payment_intent";

  /** After this many failed confirmations an intent is canceled. */
  public static final int MAX_FAILED_CONFIRMATIONS = 10;

  /** How long an authorization waits for capture before it is canceled. */
  public static final Duration AUTHORIZATION_LIFETIME = Duration.ofDays(7);

  /** The task that cancels an uncaptured authorization. */
  public static final String CAPTURE_EXPIRY = "payment_intent.capture_expiry";

  /** The calls each status allows. */
  public static final Transitions TRANSITIONS =
      new Transitions(
          "payment intent",
          Map.of(
              "requires_payment_method", List.of("confirm", "update", "cancel"),
              "requires_confirmation", List.of("confirm", "update", "cancel"),
              "requires_action", List.of("authenticate", "cancel", "update"),
              "requires_capture", List.of("capture", "cancel", "update"),
              "succeeded", List.of("refund", "update"),
              "canceled", List.of("update")));

  private static final SideTable FAILURES = new SideTable("_payment_intent_failures");
  private static final SideTable OWNERS = new SideTable("_payment_intent_owners");

  private PaymentIntents() {}

  /** What a new payment intent is made of; nullable fields may be null. */
  public record NewIntent(
      long amount,
      String currency,
      String customer,
      String paymentMethod,
      String captureMethod,
      String description,
      Object metadata,
      String invoice) {}

  /**
   * Creates an intent on the unit's timeline: {@code requires_confirmation} with a payment method,
   * else {@code requires_payment_method}. No event (the catalogue has none for creation).
   */
  public static StoredObject create(Work work, NewIntent draft) {
    Map<String, Object> pi = work.newObject(IdPrefix.PAYMENT_INTENT, "payment_intent");
    String id = (String) pi.get("id");
    pi.put("metadata", Metadata.of(draft.metadata()));
    pi.put("amount", draft.amount());
    pi.put("currency", draft.currency());
    pi.put("customer", draft.customer());
    pi.put("payment_method", draft.paymentMethod());
    pi.put("description", draft.description());
    pi.put(
        "status",
        draft.paymentMethod() == null ? "requires_payment_method" : "requires_confirmation");
    pi.put("capture_method", draft.captureMethod() == null ? "automatic" : draft.captureMethod());
    pi.put("amount_capturable", 0L);
    pi.put("amount_received", 0L);
    pi.put("amount_refunded", 0L);
    pi.put("last_payment_error", null);
    pi.put("next_action", null);
    pi.put("client_secret", id + "_secret_" + work.tenant().ids().secret(24));
    pi.put("invoice", draft.invoice());
    pi.put("cancellation_reason", null);
    pi.put("canceled_at", null);
    work.save(TABLE, pi);
    return work.edit(TABLE, id, "payment_intent");
  }

  /**
   * A successful charge: {@code succeeded} with the amount received ({@code
   * payment_intent.succeeded}), or {@code requires_capture} for manual capture (no event; the
   * authorization expires after {@link #AUTHORIZATION_LIFETIME}).
   */
  static byte[] succeed(Work work, StoredObject pi) {
    pi.set("last_payment_error", null).set("next_action", null);
    if ("manual".equals(pi.string("capture_method"))) {
      pi.set("status", "requires_capture").set("amount_capturable", pi.get("amount"));
      work.schedule(CAPTURE_EXPIRY, work.now().plus(AUTHORIZATION_LIFETIME), pi.id(), Map.of());
      return pi.save();
    }
    return collect(work, pi, Fields.amount(pi.fields(), "amount"));
  }

  /** Collects {@code amount} and succeeds ({@code payment_intent.succeeded}). */
  static byte[] collect(Work work, StoredObject pi, long amount) {
    pi.set("status", "succeeded").set("amount_capturable", 0L).set("amount_received", amount);
    work.cancelTasks(pi.id(), CAPTURE_EXPIRY);
    byte[] json = pi.save();
    work.emit("payment_intent.succeeded", json, null);
    return json;
  }

  /** 3D Secure needed: {@code requires_action} ({@code payment_intent.requires_action}). */
  static byte[] requireAction(Work work, StoredObject pi) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("type", "use_test_authentication");
    byte[] json =
        pi.set("status", "requires_action")
            .set("next_action", action)
            .set("last_payment_error", null)
            .save();
    work.emit("payment_intent.requires_action", json, null);
    return json;
  }

  /**
   * A failed confirmation or authentication: back to {@code requires_payment_method} with {@code
   * last_payment_error} ({@code payment_intent.payment_failed}); the {@value
   * #MAX_FAILED_CONFIRMATIONS}th failure cancels it ({@code payment_intent.canceled}).
   */
  static byte[] fail(Work work, StoredObject pi, Map<String, Object> error) {
    Map<String, Object> failures = FAILURES.getOrNew(work, pi.id());
    long count = Fields.amount(failures, "count") + 1;
    failures.put("count", count);
    FAILURES.put(work, pi.id(), failures);
    byte[] json =
        pi.set("status", "requires_payment_method")
            .set("payment_method", null)
            .set("next_action", null)
            .set("last_payment_error", error)
            .save();
    work.emit("payment_intent.payment_failed", json, null);
    if (count >= MAX_FAILED_CONFIRMATIONS) {
      return cancel(work, pi, "automatic");
    }
    return json;
  }

  /** Cancels it ({@code payment_intent.canceled}), releasing any authorization. */
  static byte[] cancel(Work work, StoredObject pi, String reason) {
    pi.set("status", "canceled")
        .set("amount_capturable", 0L)
        .set("next_action", null)
        .set("cancellation_reason", reason)
        .set("canceled_at", work.nowText());
    work.cancelTasks(pi.id(), CAPTURE_EXPIRY);
    byte[] json = pi.save();
    work.emit("payment_intent.canceled", json, null);
    return json;
  }

  /** How many confirmations of this intent failed. */
  public static long failedConfirmations(Work work, String id) {
    Map<String, Object> failures = FAILURES.get(work, id);
    return failures == null ? 0 : Fields.amount(failures, "count");
  }

  /**
   * Records that an invoice or checkout session drives this intent, so that its amount and customer
   * can't be changed through the update operation.
   *
   * @param owner how messages name it, e.g. {@code checkout session cs_…}
   */
  public static void markOwned(Work work, String id, String owner) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("owner", owner);
    OWNERS.put(work, id, record);
  }

  /** Who drives the intent ({@link #markOwned} or its invoice), or null. */
  static String owner(Work work, Map<String, Object> pi) {
    Map<String, Object> record = OWNERS.get(work, (String) pi.get("id"));
    if (record != null) {
      return Fields.string(record, "owner");
    }
    return pi.get("invoice") == null ? null : "invoice " + pi.get("invoice");
  }

  /** The {@code last_payment_error} of a failed 3D Secure challenge with {@code paymentMethod}. */
  static Map<String, Object> authenticationFailure(String paymentMethod) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "invalid_request_error");
    error.put("code", "payment_intent_authentication_failure");
    error.put("decline_code", null);
    error.put(
        "message",
        "The payment method failed 3D Secure authentication; try again or use another one.");
    error.put("payment_method", paymentMethod);
    return error;
  }
}
