// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit;

import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.service.*;

/**
 * The raw-response view of a {@link BillkitClient} ({@code client.withRawResponse()}): every
 * operation returns an {@link ApiResponse} with status, headers, request id, idempotency key and
 * attempt count. Shares the client's connection pool and settings. Thread-safe.
 */
public final class BillkitClientWithRawResponse {
  private final CustomerService.WithRawResponse customers;
  private final ProductService.WithRawResponse products;
  private final PriceService.WithRawResponse prices;
  private final PaymentMethodService.WithRawResponse paymentMethods;
  private final CheckoutSessionService.WithRawResponse checkoutSessions;
  private final PaymentIntentService.WithRawResponse paymentIntents;
  private final InvoiceService.WithRawResponse invoices;
  private final SubscriptionService.WithRawResponse subscriptions;
  private final RefundService.WithRawResponse refunds;
  private final MeterService.WithRawResponse meters;
  private final UsageEventService.WithRawResponse usageEvents;
  private final BenefitService.WithRawResponse benefits;
  private final BenefitGrantService.WithRawResponse benefitGrants;
  private final LicenseKeyService.WithRawResponse licenseKeys;
  private final WebhookEndpointService.WithRawResponse webhookEndpoints;
  private final EventService.WithRawResponse events;
  private final TestClockService.WithRawResponse testClocks;

  BillkitClientWithRawResponse(RequestExecutor executor) {
    this.customers = new CustomerService(executor).withRawResponse();
    this.products = new ProductService(executor).withRawResponse();
    this.prices = new PriceService(executor).withRawResponse();
    this.paymentMethods = new PaymentMethodService(executor).withRawResponse();
    this.checkoutSessions = new CheckoutSessionService(executor).withRawResponse();
    this.paymentIntents = new PaymentIntentService(executor).withRawResponse();
    this.invoices = new InvoiceService(executor).withRawResponse();
    this.subscriptions = new SubscriptionService(executor).withRawResponse();
    this.refunds = new RefundService(executor).withRawResponse();
    this.meters = new MeterService(executor).withRawResponse();
    this.usageEvents = new UsageEventService(executor).withRawResponse();
    this.benefits = new BenefitService(executor).withRawResponse();
    this.benefitGrants = new BenefitGrantService(executor).withRawResponse();
    this.licenseKeys = new LicenseKeyService(executor).withRawResponse();
    this.webhookEndpoints = new WebhookEndpointService(executor).withRawResponse();
    this.events = new EventService(executor).withRawResponse();
    this.testClocks = new TestClockService(executor).withRawResponse();
  }

  /** {@link CustomerService} with raw responses. */
  public CustomerService.WithRawResponse customers() {
    return customers;
  }

  /** {@link ProductService} with raw responses. */
  public ProductService.WithRawResponse products() {
    return products;
  }

  /** {@link PriceService} with raw responses. */
  public PriceService.WithRawResponse prices() {
    return prices;
  }

  /** {@link PaymentMethodService} with raw responses. */
  public PaymentMethodService.WithRawResponse paymentMethods() {
    return paymentMethods;
  }

  /** {@link CheckoutSessionService} with raw responses. */
  public CheckoutSessionService.WithRawResponse checkoutSessions() {
    return checkoutSessions;
  }

  /** {@link PaymentIntentService} with raw responses. */
  public PaymentIntentService.WithRawResponse paymentIntents() {
    return paymentIntents;
  }

  /** {@link InvoiceService} with raw responses. */
  public InvoiceService.WithRawResponse invoices() {
    return invoices;
  }

  /** {@link SubscriptionService} with raw responses. */
  public SubscriptionService.WithRawResponse subscriptions() {
    return subscriptions;
  }

  /** {@link RefundService} with raw responses. */
  public RefundService.WithRawResponse refunds() {
    return refunds;
  }

  /** {@link MeterService} with raw responses. */
  public MeterService.WithRawResponse meters() {
    return meters;
  }

  /** {@link UsageEventService} with raw responses. */
  public UsageEventService.WithRawResponse usageEvents() {
    return usageEvents;
  }

  /** {@link BenefitService} with raw responses. */
  public BenefitService.WithRawResponse benefits() {
    return benefits;
  }

  /** {@link BenefitGrantService} with raw responses. */
  public BenefitGrantService.WithRawResponse benefitGrants() {
    return benefitGrants;
  }

  /** {@link LicenseKeyService} with raw responses. */
  public LicenseKeyService.WithRawResponse licenseKeys() {
    return licenseKeys;
  }

  /** {@link WebhookEndpointService} with raw responses. */
  public WebhookEndpointService.WithRawResponse webhookEndpoints() {
    return webhookEndpoints;
  }

  /** {@link EventService} with raw responses. */
  public EventService.WithRawResponse events() {
    return events;
  }

  /** {@link TestClockService} with raw responses. */
  public TestClockService.WithRawResponse testClocks() {
    return testClocks;
  }
}
