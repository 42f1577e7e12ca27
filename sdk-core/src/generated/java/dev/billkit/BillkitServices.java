// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit;

import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.service.*;

/** The service accessors of {@link BillkitClient}, one per tag of the spec. */
abstract class BillkitServices {
  private final CustomerService customers;
  private final ProductService products;
  private final PriceService prices;
  private final PaymentMethodService paymentMethods;
  private final CheckoutSessionService checkoutSessions;
  private final PaymentIntentService paymentIntents;
  private final InvoiceService invoices;
  private final SubscriptionService subscriptions;
  private final RefundService refunds;
  private final MeterService meters;
  private final UsageEventService usageEvents;
  private final BenefitService benefits;
  private final BenefitGrantService benefitGrants;
  private final LicenseKeyService licenseKeys;
  private final WebhookEndpointService webhookEndpoints;
  private final EventService events;
  private final TestClockService testClocks;

  BillkitServices(RequestExecutor executor) {
    this.customers = new CustomerService(executor);
    this.products = new ProductService(executor);
    this.prices = new PriceService(executor);
    this.paymentMethods = new PaymentMethodService(executor);
    this.checkoutSessions = new CheckoutSessionService(executor);
    this.paymentIntents = new PaymentIntentService(executor);
    this.invoices = new InvoiceService(executor);
    this.subscriptions = new SubscriptionService(executor);
    this.refunds = new RefundService(executor);
    this.meters = new MeterService(executor);
    this.usageEvents = new UsageEventService(executor);
    this.benefits = new BenefitService(executor);
    this.benefitGrants = new BenefitGrantService(executor);
    this.licenseKeys = new LicenseKeyService(executor);
    this.webhookEndpoints = new WebhookEndpointService(executor);
    this.events = new EventService(executor);
    this.testClocks = new TestClockService(executor);
  }

  /**
   * Buyers, looked up by id or by your own {@code external_id}, with a one-call view of what
   * they are entitled to.
   */
  public CustomerService customers() {
    return customers;
  }

  /**
   * What you sell, once or as a subscription.
   */
  public ProductService products() {
    return products;
  }

  /**
   * Fixed, pay-what-you-want ({@code custom}) and metered prices of a product. Immutable once
   * created; archive instead.
   */
  public PriceService prices() {
    return prices;
  }

  /**
   * Cards. In test mode the card number (or {@code pm_card_*} token) decides what happens when
   * it is charged:
   *
   * <p>| Number | Token | Outcome | |---|---|---| | 4242424242424242 | pm_card_visa | succeeds |
   * | 5555555555554444 | pm_card_mastercard | succeeds | | 4000000000000002 |
   * pm_card_visa_chargeDeclined | 402 {@code card_declined} / {@code generic_decline} | |
   * 4000000000009995 | pm_card_visa_chargeDeclinedInsufficientFunds | 402 {@code card_declined}
   * / {@code insufficient_funds} | | 4000000000009987 | pm_card_visa_chargeDeclinedLostCard |
   * 402 {@code card_declined} / {@code lost_card} | | 4000000000009979 |
   * pm_card_visa_chargeDeclinedStolenCard | 402 {@code card_declined} / {@code stolen_card} | |
   * 4000000000000069 | pm_card_chargeDeclinedExpiredCard | 402 {@code expired_card} | |
   * 4000000000000127 | pm_card_chargeDeclinedIncorrectCvc | 402 {@code incorrect_cvc} | |
   * 4000000000000119 | pm_card_chargeDeclinedProcessingError | 402 {@code processing_error} | |
   * 4242424242424241 | (none) | 402 {@code incorrect_number} at creation (fails the Luhn check)
   * | | 4000000000000341 | pm_card_chargeCustomerFail | attaches, then every charge fails with
   * {@code card_declined} (renewal failure, dunning) | | 4000002760003184 |
   * pm_card_authenticationRequired | every charge needs 3D Secure ({@code requires_action}) | |
   * 4000002500003155 | pm_card_authenticationRequiredOnSetup | needs 3D Secure on the first
   * charge only | | 4000000000007726 | pm_card_pendingRefund | refunds stay {@code pending} for
   * a day, then succeed | | 4000000000005126 | pm_card_refundFail | refunds fail ({@code
   * refund.failed}) |
   *
   * <p>The decline-table cards can't be attached to a customer. Any future expiry date and any
   * CVC work.
   */
  public PaymentMethodService paymentMethods() {
    return paymentMethods;
  }

  /**
   * Hosted purchases, confirmed by the buyer's side with the session's {@code client_secret}.
   */
  public CheckoutSessionService checkoutSessions() {
    return checkoutSessions;
  }

  /**
   * Single payments with Stripe's seven statuses, manual capture and simulated 3D Secure.
   */
  public PaymentIntentService paymentIntents() {
    return paymentIntents;
  }

  /**
   * Bills (orders). Drafts, finalization, payment, void and write-off, with refund status
   * tracked separately.
   */
  public InvoiceService invoices() {
    return invoices;
  }

  /**
   * Recurring billing with trials, renewals, dunning, scheduled cancellation, pause and resume.
   */
  public SubscriptionService subscriptions() {
    return subscriptions;
  }

  /**
   * Full and partial refunds of payments and invoices, never more than was paid.
   */
  public RefundService refunds() {
    return refunds;
  }

  /**
   * Turn usage events into billable quantities.
   */
  public MeterService meters() {
    return meters;
  }

  /**
   * Batch ingestion of usage, deduplicated by your {@code external_id}.
   */
  public UsageEventService usageEvents() {
    return usageEvents;
  }

  /**
   * License keys, feature flags, meter credits and custom perks granted with products.
   */
  public BenefitService benefits() {
    return benefits;
  }

  /**
   * Which customer holds which benefit, from which purchase.
   */
  public BenefitGrantService benefitGrants() {
    return benefitGrants;
  }

  /**
   * Keys issued by license-key benefits, validated and activated from your app.
   */
  public LicenseKeyService licenseKeys() {
    return licenseKeys;
  }

  /**
   * Receivers of signed events, with secret rotation and a delivery log.
   */
  public WebhookEndpointService webhookEndpoints() {
    return webhookEndpoints;
  }

  /**
   * Everything that happened in the account, listable, retrievable and redeliverable.
   */
  public EventService events() {
    return events;
  }

  /**
   * Frozen time for test customers; advance it to run a year of renewals in one call.
   */
  public TestClockService testClocks() {
    return testClocks;
  }
}
