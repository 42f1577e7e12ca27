// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit;

import dev.billkit.internal.http.RequestExecutor;
import dev.billkit.service.*;

/**
 * The asynchronous view of a {@link BillkitClient} ({@code client.async()}): every operation
 * returns a {@link java.util.concurrent.CompletableFuture}, driven by OkHttp's dispatcher and a
 * scheduler for backoff, and completed on the client's callback executor. Shares the client's
 * connection pool and settings. Thread-safe.
 */
public final class BillkitClientAsync {
  private final CustomerServiceAsync customers;
  private final ProductServiceAsync products;
  private final PriceServiceAsync prices;
  private final PaymentMethodServiceAsync paymentMethods;
  private final CheckoutSessionServiceAsync checkoutSessions;
  private final PaymentIntentServiceAsync paymentIntents;
  private final InvoiceServiceAsync invoices;
  private final SubscriptionServiceAsync subscriptions;
  private final RefundServiceAsync refunds;
  private final MeterServiceAsync meters;
  private final UsageEventServiceAsync usageEvents;
  private final BenefitServiceAsync benefits;
  private final BenefitGrantServiceAsync benefitGrants;
  private final LicenseKeyServiceAsync licenseKeys;
  private final WebhookEndpointServiceAsync webhookEndpoints;
  private final EventServiceAsync events;
  private final TestClockServiceAsync testClocks;
  private final BillkitClientAsyncWithRawResponse withRawResponse;

  BillkitClientAsync(RequestExecutor executor) {
    this.customers = new CustomerServiceAsync(executor);
    this.products = new ProductServiceAsync(executor);
    this.prices = new PriceServiceAsync(executor);
    this.paymentMethods = new PaymentMethodServiceAsync(executor);
    this.checkoutSessions = new CheckoutSessionServiceAsync(executor);
    this.paymentIntents = new PaymentIntentServiceAsync(executor);
    this.invoices = new InvoiceServiceAsync(executor);
    this.subscriptions = new SubscriptionServiceAsync(executor);
    this.refunds = new RefundServiceAsync(executor);
    this.meters = new MeterServiceAsync(executor);
    this.usageEvents = new UsageEventServiceAsync(executor);
    this.benefits = new BenefitServiceAsync(executor);
    this.benefitGrants = new BenefitGrantServiceAsync(executor);
    this.licenseKeys = new LicenseKeyServiceAsync(executor);
    this.webhookEndpoints = new WebhookEndpointServiceAsync(executor);
    this.events = new EventServiceAsync(executor);
    this.testClocks = new TestClockServiceAsync(executor);
    this.withRawResponse = new BillkitClientAsyncWithRawResponse(executor);
  }

  /**
   * The same asynchronous services returning {@link ApiResponse} (status, headers, request id,
   * idempotency key, attempts) around each result.
   */
  public BillkitClientAsyncWithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Asynchronous {@link CustomerService}. */
  public CustomerServiceAsync customers() {
    return customers;
  }

  /** Asynchronous {@link ProductService}. */
  public ProductServiceAsync products() {
    return products;
  }

  /** Asynchronous {@link PriceService}. */
  public PriceServiceAsync prices() {
    return prices;
  }

  /** Asynchronous {@link PaymentMethodService}. */
  public PaymentMethodServiceAsync paymentMethods() {
    return paymentMethods;
  }

  /** Asynchronous {@link CheckoutSessionService}. */
  public CheckoutSessionServiceAsync checkoutSessions() {
    return checkoutSessions;
  }

  /** Asynchronous {@link PaymentIntentService}. */
  public PaymentIntentServiceAsync paymentIntents() {
    return paymentIntents;
  }

  /** Asynchronous {@link InvoiceService}. */
  public InvoiceServiceAsync invoices() {
    return invoices;
  }

  /** Asynchronous {@link SubscriptionService}. */
  public SubscriptionServiceAsync subscriptions() {
    return subscriptions;
  }

  /** Asynchronous {@link RefundService}. */
  public RefundServiceAsync refunds() {
    return refunds;
  }

  /** Asynchronous {@link MeterService}. */
  public MeterServiceAsync meters() {
    return meters;
  }

  /** Asynchronous {@link UsageEventService}. */
  public UsageEventServiceAsync usageEvents() {
    return usageEvents;
  }

  /** Asynchronous {@link BenefitService}. */
  public BenefitServiceAsync benefits() {
    return benefits;
  }

  /** Asynchronous {@link BenefitGrantService}. */
  public BenefitGrantServiceAsync benefitGrants() {
    return benefitGrants;
  }

  /** Asynchronous {@link LicenseKeyService}. */
  public LicenseKeyServiceAsync licenseKeys() {
    return licenseKeys;
  }

  /** Asynchronous {@link WebhookEndpointService}. */
  public WebhookEndpointServiceAsync webhookEndpoints() {
    return webhookEndpoints;
  }

  /** Asynchronous {@link EventService}. */
  public EventServiceAsync events() {
    return events;
  }

  /** Asynchronous {@link TestClockService}. */
  public TestClockServiceAsync testClocks() {
    return testClocks;
  }
}
