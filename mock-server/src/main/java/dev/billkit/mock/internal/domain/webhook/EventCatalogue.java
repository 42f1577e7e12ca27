package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.spec.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types of billing.yaml's {@code webhooks} section (DESIGN §7), which an endpoint's
 * {@code enabled_events} may name, plus {@code *} for all. A test keeps this list equal to the
 * spec's. Stateless.
 */
final class EventCatalogue {
  /** Every event type, in the spec's order. */
  static final List<String> TYPES =
      List.of(
          "checkout.created",
          "checkout.updated",
          "checkout.completed",
          "checkout.expired",
          "customer.created",
          "customer.updated",
          "customer.deleted",
          "customer.state_changed",
          "payment_intent.succeeded",
          "payment_intent.payment_failed",
          "payment_intent.canceled",
          "payment_intent.requires_action",
          "invoice.created",
          "invoice.finalized",
          "invoice.paid",
          "invoice.payment_failed",
          "invoice.voided",
          "invoice.marked_uncollectible",
          "invoice.updated",
          "invoice.deleted",
          "subscription.created",
          "subscription.updated",
          "subscription.active",
          "subscription.trial_will_end",
          "subscription.past_due",
          "subscription.canceled",
          "subscription.uncanceled",
          "subscription.cycled",
          "subscription.revoked",
          "subscription.paused",
          "subscription.resumed",
          "refund.created",
          "refund.updated",
          "refund.failed",
          "benefit_grant.created",
          "benefit_grant.revoked",
          "test_helpers.test_clock.advancing",
          "test_helpers.test_clock.ready");

  /** Subscribes an endpoint to every type. */
  static final String ALL = "*";

  private static final Set<String> KNOWN = Set.copyOf(TYPES);

  private EventCatalogue() {}

  /**
   * The requested types without repeats, in the order given.
   *
   * @param errors receives one error per type that is not in the catalogue
   */
  static List<String> check(List<?> requested, String param, List<FieldError> errors) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      String type = (String) requested.get(i);
      if (!type.equals(ALL) && !KNOWN.contains(type)) {
        errors.add(
            FieldError.invalid(
                param + "[" + i + "]",
                "'"
                    + type
                    + "' is not an event type of the catalogue (billing.yaml webhooks, such as"
                    + " invoice.paid); give exact types, or \"*\" for all"));
      }
      out.add(type);
    }
    return new ArrayList<>(out);
  }

  /** Whether an endpoint subscribed to {@code enabled} receives events of {@code type}. */
  static boolean matches(List<?> enabled, String type) {
    return enabled.contains(ALL) || enabled.contains(type);
  }
}
