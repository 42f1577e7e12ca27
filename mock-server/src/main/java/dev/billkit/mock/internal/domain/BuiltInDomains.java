package dev.billkit.mock.internal.domain;

import dev.billkit.mock.internal.domain.benefit.BenefitDomain;
import dev.billkit.mock.internal.domain.catalog.CatalogDomain;
import dev.billkit.mock.internal.domain.checkout.CheckoutDomain;
import dev.billkit.mock.internal.domain.checkout.RecurringCheckout;
import dev.billkit.mock.internal.domain.clock.TestClockDomain;
import dev.billkit.mock.internal.domain.customer.CustomerDomain;
import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.invoice.InvoiceDomain;
import dev.billkit.mock.internal.domain.invoice.InvoicePayments;
import dev.billkit.mock.internal.domain.payment.PaymentIntentDomain;
import dev.billkit.mock.internal.domain.payment.PaymentMethodDomain;
import dev.billkit.mock.internal.domain.refund.RefundDomain;
import dev.billkit.mock.internal.domain.usage.UsageBalances;
import dev.billkit.mock.internal.domain.usage.UsageDomain;
import dev.billkit.mock.internal.domain.webhook.WebhookDomain;
import dev.billkit.mock.internal.op.Domain;
import java.util.List;

/**
 * The resource handlers the mock server ships with, wired together. Operations of the spec that no
 * domain handles answer 501 not_implemented naming the work that will implement them.
 */
public final class BuiltInDomains {
  private BuiltInDomains() {}

  /** Every built-in domain, in registration order. */
  public static List<Domain> all() {
    CustomerStates states = new CustomerStates(new UsageBalances());
    // Seam (subscriptions): the subscriptions work replaces NOT_IMPLEMENTED, adds its
    // CustomerDeletionHook to the customer domain and its PaymentFollower to the intents.
    CheckoutDomain checkout = new CheckoutDomain(states, RecurringCheckout.NOT_IMPLEMENTED);
    // Webhooks come first: their emit hook must see every event before the hooks of other domains
    // emit events of their own, so that deliveries are queued in the order events happen.
    return List.of(
        new WebhookDomain(),
        new TestClockDomain(),
        new CustomerDomain(states, List.of()),
        new CatalogDomain(),
        new PaymentMethodDomain(states),
        new PaymentIntentDomain(List.of(InvoicePayments.FOLLOWER, checkout.follower())),
        checkout,
        new InvoiceDomain(),
        new RefundDomain(),
        new UsageDomain(),
        new BenefitDomain(states));
  }
}
