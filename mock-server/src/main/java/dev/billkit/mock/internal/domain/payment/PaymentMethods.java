package dev.billkit.mock.internal.domain.payment;

import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import java.util.List;
import java.util.Map;

/**
 * Card payment methods: creation from a test number or {@code pm_card_*} token, the token shortcut
 * accepted wherever a payment method id is ({@link #resolve}), attach and detach. A card's test
 * behaviour and whether it was detached (it can't be used again) or authenticated (3D Secure done
 * once) live in a side table, since the API does not show them. Stateless.
 */
public final class PaymentMethods {
  /** The table of payment methods. */
  public static final String TABLE = "payment_method";

  static final SideTable CARDS = new SideTable("_payment_method_card");

  private PaymentMethods() {}

  /**
   * Creates a card from {@code CardParams}: a token, or a number with its expiry (see {@link
   * NewCards#create}).
   */
  public static Map<String, Object> create(Work work, Map<String, Object> card, Object metadata) {
    return NewCards.create(work, card, metadata);
  }

  /**
   * The id of the payment method named by {@code idOrToken}: an existing {@code pm_…} (404 naming
   * {@code param} if missing), or a new one made from a {@code pm_card_*} token.
   */
  public static String resolve(Work work, String idOrToken, String param) {
    if (idOrToken.startsWith("pm_card_")) {
      TestCards.Card card = TestCards.byToken(idOrToken);
      if (card == null) {
        throw Errors.invalid(
            param,
            "unknown test token '"
                + idOrToken
                + "' (known: "
                + String.join(", ", TestCards.tokens())
                + ")");
      }
      return (String) create(work, Map.of("token", idOrToken), null).get("id");
    }
    work.require(TABLE, idOrToken, param);
    return idOrToken;
  }

  /** A payment method as stored (404 naming {@code param}). */
  public static Map<String, Object> require(Work work, String id, String param) {
    return Fields.read(work.require(TABLE, id, param));
  }

  /** The test behaviour of a payment method. */
  public static CardBehaviour behaviour(Work work, String id) {
    return CardBehaviour.valueOf((String) CARDS.get(work, id).get("behaviour"));
  }

  /** Whether 3D Secure was completed once with this payment method. */
  static boolean authenticated(Work work, String id) {
    return Fields.flag(CARDS.get(work, id), "authenticated");
  }

  /** Records that 3D Secure was completed with it (a first-charge-only card then stops asking). */
  static void markAuthenticated(Work work, String id) {
    Map<String, Object> hidden = CARDS.get(work, id);
    if (!Fields.flag(hidden, "authenticated")) {
      hidden.put("authenticated", true);
      CARDS.put(work, id, hidden);
    }
  }

  /**
   * 400 unless the payment method can pay for {@code customerId} (null: a payment without a
   * customer): it was never detached, and it is not attached to another customer.
   */
  public static void requireUsable(Work work, String id, String customerId, String param) {
    if (Fields.flag(CARDS.get(work, id), "detached")) {
      throw Errors.invalid(
          param,
          "payment method " + id + " was detached and can't be used again; create a new one");
    }
    String owner = Fields.string(require(work, id, param), "customer");
    if (owner != null && !owner.equals(customerId)) {
      throw Errors.invalid(
          param,
          "payment method "
              + id
              + " is attached to customer "
              + owner
              + (customerId == null
                  ? "; give that customer too"
                  : ", not to " + customerId + "; use one of " + customerId + "'s"));
    }
  }

  /**
   * 400 unless the payment method can be attached to {@code customerId} (null: to a customer being
   * created): it was never detached and belongs to no other customer; 402 for the cards of the
   * decline table.
   */
  public static void requireAttachable(Work work, String id, String customerId) {
    String owner = Fields.string(require(work, id, "payment_method"), "customer");
    if (Fields.flag(CARDS.get(work, id), "detached")) {
      throw ApiError.invalidState("payment method", id, "detached", "attach", List.of());
    }
    if (owner != null && !owner.equals(customerId)) {
      throw ApiError.invalidState(
          "payment method", id, "attached to " + owner, "attach", List.of("detach"));
    }
    CardBehaviour behaviour = behaviour(work, id);
    if (!behaviour.attachable()) {
      throw behaviour.error("payment_method");
    }
  }

  /**
   * Attaches a payment method to a customer; the customer's first one, or any with {@code
   * makeDefault}, becomes its default (emitting {@code customer.updated} and {@code
   * customer.state_changed}). Attaching it again to the same customer changes nothing else.
   *
   * @throws ApiError as {@link #requireAttachable}
   */
  public static byte[] attach(
      Work work, CustomerStates states, String id, String customerId, boolean makeDefault) {
    Map<String, Object> customer = Customers.require(work, customerId, "customer");
    requireAttachable(work, id, customerId);
    byte[] json = work.edit(TABLE, id, "payment_method").set("customer", customerId).save();
    if (makeDefault || customer.get("default_payment_method") == null) {
      Customers.setDefaultPaymentMethod(work, states, customerId, id);
    }
    return json;
  }

  /**
   * Detaches a payment method from its customer for good; if it was the default, the customer's
   * default becomes null ({@code customer.updated}, {@code customer.state_changed}).
   */
  public static byte[] detach(Work work, CustomerStates states, String id) {
    StoredObject pm = work.edit(TABLE, id, "payment_method");
    Map<String, Object> hidden = CARDS.get(work, id);
    String owner = pm.string("customer");
    if (owner == null) {
      throw ApiError.invalidState(
          "payment method",
          id,
          Fields.flag(hidden, "detached") ? "detached" : "not attached",
          "detach",
          Fields.flag(hidden, "detached") ? List.of() : List.of("attach"));
    }
    byte[] json = pm.set("customer", null).save();
    hidden.put("detached", true);
    CARDS.put(work, id, hidden);
    Map<String, Object> customer = Customers.require(work, owner, "customer");
    if (id.equals(customer.get("default_payment_method"))) {
      Customers.setDefaultPaymentMethod(work, states, owner, null);
    }
    return json;
  }

  /** Detaches without touching the customer (it is being deleted). */
  public static void detachForDeletion(Work work, String id) {
    StoredObject pm = work.edit(TABLE, id, "payment_method");
    pm.set("customer", null).save();
    Map<String, Object> hidden = CARDS.get(work, id);
    hidden.put("detached", true);
    CARDS.put(work, id, hidden);
  }
}
