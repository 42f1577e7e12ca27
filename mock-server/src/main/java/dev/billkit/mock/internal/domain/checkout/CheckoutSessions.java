package dev.billkit.mock.internal.domain.checkout;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.payment.PaymentIntents;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.domain.support.Transitions;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checkout sessions: the table, the client-secret and payment-intent indexes, the state machine
 * (billing-domain.md §3.5) and creation. Stateless.
 */
public final class CheckoutSessions {
  /** The table of checkout sessions. */
  public static final String TABLE = "checkout_session";

  /** The task that expires an unpaid session at its {@code expires_at}. */
  public static final String EXPIRE = "checkout_session.expire";

  static final SideTable SECRETS = new SideTable("_checkout_session_secrets");
  static final SideTable BY_INTENT = new SideTable("_checkout_session_by_intent");
  static final Transitions TRANSITIONS =
      new Transitions(
          "checkout session",
          Map.of(
              "open", List.of("confirm", "expire"),
              "confirmed", List.of("authenticate its payment intent"),
              "succeeded", List.of(),
              "expired", List.of()));

  private static final Set<String> REUSABLE =
      Set.of("requires_payment_method", "requires_confirmation");
  private static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
  private static final Duration SHORTEST_LIFETIME = Duration.ofMinutes(30);

  private CheckoutSessions() {}

  /** Creates an {@code open} session from {@code CheckoutSessionCreateParams}. */
  static byte[] create(Call call) {
    Map<String, Object> body = call.body();
    Catalog.Purchasable bought =
        Catalog.requirePurchasable(call, Fields.string(body, "price"), "price");
    String customerId = Fields.string(body, "customer");
    if (customerId != null && body.containsKey("external_customer_id")) {
      throw Errors.exclusive("customer", "external_customer_id");
    }
    String email = Fields.string(body, "customer_email");
    if (customerId != null) {
      Map<String, Object> customer = Customers.require(call, customerId, "customer");
      Customers.useClockOf(call, customer);
      email = email != null ? email : Fields.string(customer, "email");
    }
    long amount = amount(bought.price(), body);
    Object trial = null;
    if (bought.recurring()) {
      trial =
          body.containsKey("trial_period_days")
              ? body.get("trial_period_days")
              : bought.product().get("trial_period_days");
    } else if (body.containsKey("trial_period_days")) {
      throw Errors.invalid("trial_period_days", "only for recurring prices; this one is one-time");
    }
    Instant now = call.now();
    Instant expires = now.plus(DEFAULT_LIFETIME);
    if (body.containsKey("expires_at")) {
      expires = Times.parse(Fields.string(body, "expires_at"));
      if (expires.isBefore(now.plus(SHORTEST_LIFETIME))
          || expires.isAfter(now.plus(DEFAULT_LIFETIME))) {
        throw Errors.invalid(
            "expires_at",
            "must be between 30 minutes and 24 hours from now ("
                + Times.format(now.plus(SHORTEST_LIFETIME))
                + " to "
                + Times.format(now.plus(DEFAULT_LIFETIME))
                + "; got "
                + Times.format(expires)
                + ")");
      }
    }
    Map<String, Object> session = call.newObject(IdPrefix.CHECKOUT_SESSION, "checkout_session");
    String id = (String) session.get("id");
    String secret = id + "_secret_" + call.tenant().ids().secret(24);
    session.put("metadata", Metadata.of(body.get("metadata")));
    session.put("status", "open");
    session.put("client_secret", secret);
    session.put("url", "https://checkout.billkit.dev/pay/" + secret);
    session.put("expires_at", Times.format(expires));
    session.put("success_url", body.get("success_url"));
    session.put("product", bought.product().get("id"));
    session.put("price", bought.priceId());
    session.put("amount", amount);
    session.put("discount_amount", 0L);
    session.put("tax_amount", 0L);
    session.put("total_amount", trial == null ? amount : 0L);
    session.put("currency", bought.price().get("currency"));
    session.put("customer", customerId);
    session.put("customer_email", email);
    session.put("external_customer_id", body.get("external_customer_id"));
    session.put("trial_period_days", trial);
    session.put("payment_method", null);
    session.put("payment_intent", null);
    session.put("last_payment_error", null);
    session.put("invoice", null);
    session.put("subscription", null);
    session.put("completed_at", null);
    byte[] json = call.save(TABLE, session);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("session", id);
    SECRETS.put(call, secret, entry);
    call.schedule(EXPIRE, expires, id, Map.of());
    call.emit("checkout.created", json, null);
    return json;
  }

  /** What the buyer pays before discounts and tax. */
  private static long amount(Map<String, Object> price, Map<String, Object> body) {
    String type = Fields.string(price, "amount_type");
    if (!type.equals("custom")) {
      if (body.containsKey("amount")) {
        throw Errors.invalid("amount", "only for custom prices; this price is " + type);
      }
      return Fields.amount(price, "unit_amount");
    }
    long minimum = Fields.amount(price, "minimum_amount");
    Long maximum = (Long) price.get("maximum_amount");
    long amount =
        body.containsKey("amount")
            ? Fields.amount(body, "amount")
            : price.get("preset_amount") != null ? Fields.amount(price, "preset_amount") : minimum;
    if (amount < minimum || (maximum != null && amount > maximum)) {
      throw Errors.invalid(
          "amount",
          "must lie between the price's minimum_amount "
              + minimum
              + " and maximum_amount "
              + (maximum == null ? "(none)" : maximum)
              + " (got "
              + amount
              + ")");
    }
    return amount;
  }

  /** The id of the session with this client secret (404 naming {@code client_secret}). */
  static String idBySecret(Call call, String secret) {
    Map<String, Object> entry = SECRETS.get(call, secret);
    if (entry == null) {
      throw ApiError.notFound("checkout session with this client_secret", "client_secret", "…");
    }
    return Fields.string(entry, "session");
  }

  /** Records that the session waits on this payment intent. */
  static void waitOn(
      dev.billkit.mock.internal.op.Work call, String sessionId, String paymentIntentId) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("session", sessionId);
    BY_INTENT.put(call, paymentIntentId, entry);
  }

  /** The session's payment intent to confirm: its pending one again, or a new one. */
  static String paymentIntentFor(Call call, StoredObject session, String customer, long total) {
    String previous = session.string("payment_intent");
    if (previous != null
        && REUSABLE.contains(
            Fields.read(call.require(PaymentIntents.TABLE, previous, "payment_intent"))
                .get("status"))) {
      return previous;
    }
    String pi =
        PaymentIntents.create(
                call,
                new PaymentIntents.NewIntent(
                    total,
                    session.string("currency"),
                    customer,
                    null,
                    "automatic",
                    null,
                    null,
                    null))
            .id();
    CheckoutSessions.waitOn(call, session.id(), pi);
    PaymentIntents.markOwned(call, pi, "checkout session " + session.id());
    return pi;
  }
}
