// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit;

import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.service.*;

/**
 * The asynchronous raw-response view of a {@link BillkitClient} ({@code
 * client.async().withRawResponse()}): every operation returns a {@link
 * java.util.concurrent.CompletableFuture} of an {@link ApiResponse} with status, headers, request
 * id, idempotency key and attempt count, completed on the client's callback executor. Shares the
 * client's connection pool and settings. Thread-safe.
 */
public final class BillkitClientAsyncWithRawResponse {
  private final CustomerServiceAsync.WithRawResponse customers;
  private final ProductServiceAsync.WithRawResponse products;
  private final PriceServiceAsync.WithRawResponse prices;
  private final PaymentMethodServiceAsync.WithRawResponse paymentMethods;
  private final CheckoutSessionServiceAsync.WithRawResponse checkoutSessions;
  private final PaymentIntentServiceAsync.WithRawResponse paymentIntents;
  private final InvoiceServiceAsync.WithRawResponse invoices;
  private final SubscriptionServiceAsync.WithRawResponse subscriptions;
  private final RefundServiceAsync.WithRawResponse refunds;
  private final MeterServiceAsync.WithRawResponse meters;
  private final UsageEventServiceAsync.WithRawResponse usageEvents;
  private final BenefitServiceAsync.WithRawResponse benefits;
  private final BenefitGrantServiceAsync.WithRawResponse benefitGrants;
  private final LicenseKeyServiceAsync.WithRawResponse licenseKeys;
  private final WebhookEndpointServiceAsync.WithRawResponse webhookEndpoints;
  private final EventServiceAsync.WithRawResponse events;
  private final TestClockServiceAsync.WithRawResponse testClocks;

  BillkitClientAsyncWithRawResponse(RequestExecutor executor) {
    this.customers = new CustomerServiceAsync(executor).withRawResponse();
    this.products = new ProductServiceAsync(executor).withRawResponse();
    this.prices = new PriceServiceAsync(executor).withRawResponse();
    this.paymentMethods = new PaymentMethodServiceAsync(executor).withRawResponse();
    this.checkoutSessions = new CheckoutSessionServiceAsync(executor).withRawResponse();
    this.paymentIntents = new PaymentIntentServiceAsync(executor).withRawResponse();
    this.invoices = new InvoiceServiceAsync(executor).withRawResponse();
    this.subscriptions = new SubscriptionServiceAsync(executor).withRawResponse();
    this.refunds = new RefundServiceAsync(executor).withRawResponse();
    this.meters = new MeterServiceAsync(executor).withRawResponse();
    this.usageEvents = new UsageEventServiceAsync(executor).withRawResponse();
    this.benefits = new BenefitServiceAsync(executor).withRawResponse();
    this.benefitGrants = new BenefitGrantServiceAsync(executor).withRawResponse();
    this.licenseKeys = new LicenseKeyServiceAsync(executor).withRawResponse();
    this.webhookEndpoints = new WebhookEndpointServiceAsync(executor).withRawResponse();
    this.events = new EventServiceAsync(executor).withRawResponse();
    this.testClocks = new TestClockServiceAsync(executor).withRawResponse();
  }

  /** {@link CustomerServiceAsync} with raw responses. */
  public CustomerServiceAsync.WithRawResponse customers() {
    return customers;
  }

  /** {@link ProductServiceAsync} with raw responses. */
  public ProductServiceAsync.WithRawResponse products() {
    return products;
  }

  /** {@link PriceServiceAsync} with raw responses. */
  public PriceServiceAsync.WithRawResponse prices() {
    return prices;
  }

  /** {@link PaymentMethodServiceAsync} with raw responses. */
  public PaymentMethodServiceAsync.WithRawResponse paymentMethods() {
    return paymentMethods;
  }

  /** {@link CheckoutSessionServiceAsync} with raw responses. */
  public CheckoutSessionServiceAsync.WithRawResponse checkoutSessions() {
    return checkoutSessions;
  }

  /** {@link PaymentIntentServiceAsync} with raw responses. */
  public PaymentIntentServiceAsync.WithRawResponse paymentIntents() {
    return paymentIntents;
  }

  /** {@link InvoiceServiceAsync} with raw responses. */
  public InvoiceServiceAsync.WithRawResponse invoices() {
    return invoices;
  }

  /** {@link SubscriptionServiceAsync} with raw responses. */
  public SubscriptionServiceAsync.WithRawResponse subscriptions() {
    return subscriptions;
  }

  /** {@link RefundServiceAsync} with raw responses. */
  public RefundServiceAsync.WithRawResponse refunds() {
    return refunds;
  }

  /** {@link MeterServiceAsync} with raw responses. */
  public MeterServiceAsync.WithRawResponse meters() {
    return meters;
  }

  /** {@link UsageEventServiceAsync} with raw responses. */
  public UsageEventServiceAsync.WithRawResponse usageEvents() {
    return usageEvents;
  }

  /** {@link BenefitServiceAsync} with raw responses. */
  public BenefitServiceAsync.WithRawResponse benefits() {
    return benefits;
  }

  /** {@link BenefitGrantServiceAsync} with raw responses. */
  public BenefitGrantServiceAsync.WithRawResponse benefitGrants() {
    return benefitGrants;
  }

  /** {@link LicenseKeyServiceAsync} with raw responses. */
  public LicenseKeyServiceAsync.WithRawResponse licenseKeys() {
    return licenseKeys;
  }

  /** {@link WebhookEndpointServiceAsync} with raw responses. */
  public WebhookEndpointServiceAsync.WithRawResponse webhookEndpoints() {
    return webhookEndpoints;
  }

  /** {@link EventServiceAsync} with raw responses. */
  public EventServiceAsync.WithRawResponse events() {
    return events;
  }

  /** {@link TestClockServiceAsync} with raw responses. */
  public TestClockServiceAsync.WithRawResponse testClocks() {
    return testClocks;
  }
}
