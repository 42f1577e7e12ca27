package dev.billkit.stockclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.stockclient.api.CustomersApi;
import dev.billkit.stockclient.model.Customer;
import dev.billkit.stockclient.model.CustomerCreateParams;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client OpenAPI Generator makes from billing.yaml works at run time, not only at compile
 * time: it sends what the spec says and reads what the spec documents. The benchmarks rely on it.
 */
final class StockClientTest {
  // The example of schema Customer in billing.yaml, as the mock server would send it.
  private static final String CUSTOMER_JSON = "{\"id\":\"cus_4fTq0RkX8bWm2sLe\","
      + "\"object\":\"customer\",\"created_at\":\"2026-11-01T12:00:00Z\",\"livemode\":false,"
      + "\"metadata\":{\"plan_source\":\"website\"},\"email\":\"ada@example.com\","
      + "\"name\":\"Ada Lovelace\",\"external_id\":\"user_1815\",\"billing_address\":{"
      + "\"line1\":\"1 Analytical Way\",\"line2\":null,\"city\":\"London\",\"state\":null,"
      + "\"postal_code\":\"EC1A 1BB\",\"country\":\"GB\"},"
      + "\"default_payment_method\":\"pm_9LwQz3VxT1cR7yHa\",\"test_clock\":null}";

  private final MockWebServer server = new MockWebServer();
  private CustomersApi customers;

  @BeforeEach
  void startServer() throws IOException {
    server.start();
    ApiClient client = new ApiClient();
    client.setBasePath(server.url("").toString().replaceAll("/$", ""));
    client.setBearerToken("sk_test_stock");
    customers = new CustomersApi(client);
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  @Test
  void retrieveSendsTheBearerKeyToTheCustomerPathAndReadsTheSpecExample() throws Exception {
    server.enqueue(json(CUSTOMER_JSON));

    Customer customer = customers.retrieveCustomer("cus_4fTq0RkX8bWm2sLe");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/v1/customers/cus_4fTq0RkX8bWm2sLe");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer sk_test_stock");
    assertThat(customer.getId()).isEqualTo("cus_4fTq0RkX8bWm2sLe");
    assertThat(customer.getEmail()).isEqualTo("ada@example.com");
    assertThat(customer.getBillingAddress().getCity()).isEqualTo("London");
    assertThat(customer.getMetadata()).containsEntry("plan_source", "website");
  }

  @Test
  void createSendsTheIdempotencyKeyAndASnakeCaseJsonBody() throws Exception {
    server.enqueue(json(CUSTOMER_JSON));

    customers.createCustomer(
        new CustomerCreateParams().email("ada@example.com").externalId("user_1815"), "key-1");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/v1/customers");
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("key-1");
    assertThat(request.getBody().readUtf8())
        .contains("\"email\":\"ada@example.com\"", "\"external_id\":\"user_1815\"");
  }

  private static MockResponse json(String body) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setHeader("Request-Id", "req_0000000001")
        .setBody(body);
  }
}
