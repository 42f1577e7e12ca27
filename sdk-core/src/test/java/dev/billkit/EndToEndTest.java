package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.billkit.errors.CardException;
import dev.billkit.errors.IdempotencyKeyReusedException;
import dev.billkit.errors.InvalidRequestException;
import dev.billkit.errors.NotFoundException;
import dev.billkit.mock.BillkitMockExtension;
import dev.billkit.mock.MockTenant;
import dev.billkit.model.CheckoutSession;
import dev.billkit.model.CheckoutSessionConfirmParams;
import dev.billkit.model.CheckoutSessionCreateParams;
import dev.billkit.model.Customer;
import dev.billkit.model.CustomerCreateParams;
import dev.billkit.model.CustomerCreatedEvent;
import dev.billkit.model.CustomerListParams;
import dev.billkit.model.CustomerUpdateParams;
import dev.billkit.model.Event;
import dev.billkit.model.Invoice;
import dev.billkit.model.PaymentIntent;
import dev.billkit.model.PaymentIntentCreateParams;
import dev.billkit.model.Price;
import dev.billkit.model.PriceCreateParams;
import dev.billkit.model.Product;
import dev.billkit.model.ProductCreateParams;
import dev.billkit.model.Refund;
import dev.billkit.model.RefundCreateParams;
import dev.billkit.model.WebhookEndpoint;
import dev.billkit.model.WebhookEndpointCreateParams;
import dev.billkit.webhooks.WebhookVerifier;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client against the real mock server (in process, a fresh account per test): the wire format,
 * the idempotency contract and the error mapping, end to end. Retries back off through a recording
 * sleeper, so nothing really waits.
 */
@ExtendWith(BillkitMockExtension.class)
class EndToEndTest {
  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-01T00:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper(clock);
  private BillkitClient client;

  private MockTenant tenant;

  @BeforeEach
  void connect(MockTenant tenant) {
    this.tenant = tenant;
    client = BillkitClient.builder().apiKey(tenant.apiKey()).baseUrl(tenant.baseUrl())
        .clock(clock).sleeper(sleeper).build();
  }

  @Test
  void createdObjectsComeBackAndPageLazilyNewestFirst() {
    for (int i = 0; i < 25; i++) {
      client.customers().create(CustomerCreateParams.builder().email("c" + i + "@example.com")
          .externalId("user_" + i).build());
    }
    Customer updated = client.customers().update(
        client.customers().retrieveByExternalId("user_7").id(),
        CustomerUpdateParams.builder().name("Seven").metadata(Map.of("tier", "gold")).build());

    assertThat(client.customers().retrieve(updated.id())).isEqualTo(updated);
    assertThat(updated.metadata()).containsEntry("tier", "gold");
    List<String> emails = client.customers()
        .list(CustomerListParams.builder().limit(10).build())
        .autoPagingStream().map(Customer::email).toList();
    assertThat(emails).hasSize(25).startsWith("c24@example.com").endsWith("c0@example.com");
  }

  @Test
  void aFailedAttemptIsRetriedWithTheSameKeyAndTheObjectIsCreatedOnce() throws Exception {
    MockAdmin.post(tenant, "/_mock/faults", "{\"match\":{\"method\":\"POST\",\"path\":"
        + "\"/v1/customers\"},\"count\":1,\"action\":{\"type\":\"drop_after_commit\"}}");

    ApiResponse<Customer> raw = client.withRawResponse().customers().create(
        CustomerCreateParams.builder().email("ada@example.com").build());

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.attempts()).isEqualTo(2);
    assertThat(raw.idempotencyKey()).isPresent();
    assertThat(sleeper.sleeps).hasSize(1);
    // The first attempt committed before the connection dropped; the retry replayed its answer.
    assertThat(raw.header("Idempotent-Replayed")).contains("true");
    assertThat(client.customers().list(CustomerListParams.builder().build()).data())
        .extracting(Customer::id).containsExactly(raw.data().id());
    List<Map<String, Object>> journal =
        MockAdmin.list(tenant, "/_mock/requests?method=POST&path=/v1/customers");
    assertThat(journal).extracting(entry -> entry.get("idempotency_key"))
        .containsExactly(raw.idempotencyKey().get(), raw.idempotencyKey().get());
  }

  @Test
  void replayingAKeyReturnsTheFirstAnswerAndReusingItWithOtherParamsIsItsOwnError() {
    RequestOptions key = RequestOptions.builder().idempotencyKey("signup:ada").build();
    Customer first = client.customers().create(
        CustomerCreateParams.builder().email("ada@example.com").build(), key);
    ApiResponse<Customer> replay = client.withRawResponse().customers().create(
        CustomerCreateParams.builder().email("ada@example.com").build(), key);

    assertThat(replay.data()).isEqualTo(first);
    assertThat(replay.header("Idempotent-Replayed")).contains("true");
    assertThatThrownBy(() -> client.customers().create(
            CustomerCreateParams.builder().email("bob@example.com").build(), key))
        .isInstanceOfSatisfying(IdempotencyKeyReusedException.class,
            e -> assertThat(e.key()).isEqualTo("signup:ada"));
  }

  @Test
  void declinesValidationAndMissingObjectsBecomeTypedExceptions() {
    assertThatThrownBy(() -> client.paymentIntents().create(PaymentIntentCreateParams.builder()
            .amount(2000L).currency("usd").paymentMethod("pm_card_visa_chargeDeclinedInsufficientFunds")
            .confirm(true).build()))
        .isInstanceOfSatisfying(CardException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(402);
          assertThat(e.errorCode()).contains("card_declined");
          assertThat(e.declineCode()).contains("insufficient_funds");
          assertThat(e.idempotencyKey()).isPresent();
          assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        });
    assertThatThrownBy(() -> client.paymentIntents().create(
            PaymentIntentCreateParams.builder().amount(10L).currency("usd").build()))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.errorCode()).contains("amount_too_small"));
    assertThatThrownBy(() -> client.customers().retrieve("cus_doesNotExist1"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.param()).contains("customer"));
  }

  @Test
  void aCheckoutPurchaseIsPaidAndPartlyRefunded() {
    Product book = client.products().create(ProductCreateParams.builder().name("Book").build());
    Price price = client.prices().create(PriceCreateParams.builder().product(book.id())
        .amountType(PriceCreateParams.AmountType.FIXED).currency("usd").unitAmount(2500L).build());
    CheckoutSession session = client.checkoutSessions().create(
        CheckoutSessionCreateParams.builder().price(price.id()).build());

    CheckoutSession paid = client.checkoutSessions().confirm(session.clientSecret(),
        CheckoutSessionConfirmParams.builder().paymentMethod("pm_card_visa")
            .customerEmail("ada@example.com").build());
    Invoice invoice = client.invoices().retrieve(paid.invoice().orElseThrow());
    Refund refund = client.refunds().create(
        RefundCreateParams.builder().invoice(invoice.id()).amount(1000L).build());

    assertThat(paid.status()).isEqualTo(CheckoutSession.Status.SUCCEEDED);
    assertThat(invoice.status()).isEqualTo(Invoice.Status.PAID);
    assertThat(invoice.amountPaid()).isEqualTo(2500L);
    assertThat(refund.status()).isEqualTo(Refund.Status.SUCCEEDED);
    Invoice after = client.invoices().retrieve(invoice.id());
    assertThat(after.amountRefunded()).isEqualTo(1000L);
    assertThat(after.refundStatus()).isEqualTo(Invoice.RefundStatus.PARTIAL);
    PaymentIntent payment = client.paymentIntents().retrieve(refund.paymentIntent());
    assertThat(payment.amountRefunded()).isEqualTo(1000L);
  }

  @Test
  void aSignedDeliveryFromTheMockVerifiesAndParsesToATypedEvent() throws Exception {
    BlockingQueue<Delivery> received = new ArrayBlockingQueue<>(10);
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hooks", exchange -> {
      received.add(new Delivery(exchange.getRequestBody().readAllBytes(),
          Map.copyOf(exchange.getRequestHeaders())));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    try {
      WebhookEndpoint endpoint = client.webhookEndpoints().create(WebhookEndpointCreateParams
          .builder().url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks")
          .enabledEvents(List.of("customer.created")).build());
      Customer ada = client.customers().create(
          CustomerCreateParams.builder().email("ada@example.com").build());

      Delivery delivery = received.poll(10, TimeUnit.SECONDS);
      assertThat(delivery).as("a delivery within 10 s").isNotNull();
      Event event = WebhookVerifier.builder().addSecret(endpoint.secret().orElseThrow()).build()
          .verifyAndParse(delivery.body(), delivery.headers());

      assertThat(event).isInstanceOfSatisfying(CustomerCreatedEvent.class,
          created -> assertThat(created.data().object()).isEqualTo(ada));
    } finally {
      receiver.stop(0);
    }
  }

  private record Delivery(byte[] body, Map<String, List<String>> headers) {}
}
