package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.domain.BuiltInDomains;
import dev.billkit.mock.internal.domain.webhook.WebhookDomain;
import dev.billkit.mock.internal.domain.webhook.WebhookOptions;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.testing.FixtureCustomers;
import dev.billkit.mock.testing.MockHttp;
import dev.billkit.mock.testing.Receiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An in-process server with the built-in domains (the webhook domain with test options; customers
 * from {@link FixtureCustomers} while no built-in domain serves them), a conformance-checking
 * client and a webhook {@link Receiver}. Tests share one per class and isolate themselves with
 * fresh tenants.
 */
final class DomainServer implements AutoCloseable {
  final BillkitMock mock;
  final MockHttp http;
  final Receiver receiver = new Receiver();

  private DomainServer(BillkitMock mock) {
    this.mock = mock;
    this.http = new MockHttp(mock.url());
  }

  /** With a 2 s delivery timeout and a short out-of-order hold. */
  static DomainServer start() {
    return start(
        WebhookOptions.defaults()
            .withTimeout(Duration.ofSeconds(2))
            .withOutOfOrderHold(Duration.ofMillis(300)));
  }

  static DomainServer start(WebhookOptions options) {
    List<Domain> domains = new ArrayList<>();
    boolean customers = false;
    for (Domain d : BuiltInDomains.all()) {
      domains.add(d instanceof WebhookDomain ? new WebhookDomain(options) : d);
      Handlers probe = new Handlers();
      d.register(probe);
      customers |= probe.all().containsKey("createCustomer");
    }
    if (!customers) {
      domains.add(new FixtureCustomers());
    }
    return new DomainServer(BillkitMock.builder().domains(domains).start());
  }

  String newKey() {
    return mock.newTenant().apiKey();
  }

  /** POSTs and returns the JSON of a 200 answer (anything else fails the test). */
  Map<String, Object> post(String key, String path, String json) {
    MockHttp.Reply reply = http.post(path).key(key).json(json).send();
    assertThat(reply.status()).as("POST %s: %s", path, reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** GETs and returns the JSON of a 200 answer. */
  Map<String, Object> get(String key, String path) {
    MockHttp.Reply reply = http.get(path).key(key).send();
    assertThat(reply.status()).as("GET %s: %s", path, reply.body()).isEqualTo(200);
    return reply.json();
  }

  /** Creates a customer and returns its id. */
  String customer(String key, String json) {
    return (String) post(key, "/v1/customers", json).get("id");
  }

  /**
   * Creates an endpoint on the receiver's {@code path} for {@code events}; returns it (with
   * secret).
   */
  Map<String, Object> endpoint(String key, String path, String... events) {
    String list = String.join("\",\"", events);
    return post(
        key,
        "/v1/webhook_endpoints",
        "{\"url\":\"" + receiver.url(path) + "\",\"enabled_events\":[\"" + list + "\"]}");
  }

  /**
   * Waits (without sleeping: the admin await) until the tenant's delivery log has an attempt
   * matching {@code query} (e.g. {@code await=customer.created&succeeded=true}); returns the
   * matching attempts, newest first.
   */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> await(String key, String query) {
    assertThat(query).as("an await query names the event type").contains("await=");
    Map<String, Object> list =
        get(key, "/_mock/webhooks/deliveries?timeout=20000&limit=1000&" + query);
    assertThat(list).as("awaiting %s", query).containsEntry("timed_out", false);
    return (List<Map<String, Object>>) list.get("data");
  }

  /** The tenant's delivery log entries matching {@code query}, newest first, without waiting. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> attempts(String key, String query) {
    return (List<Map<String, Object>>)
        get(key, "/_mock/webhooks/deliveries?limit=1000&" + query).get("data");
  }

  /**
   * A one-time product ($49) with these benefits, bought through a checkout session by a new
   * customer paying with {@code card}; returns the paid invoice.
   */
  Map<String, Object> buy(String key, String email, String card, String... benefits) {
    String product =
        (String)
            post(
                    key,
                    "/v1/products",
                    "{\"name\":\"Desktop app\",\"benefits\":[\""
                        + String.join("\",\"", benefits)
                        + "\"]}")
                .get("id");
    String price =
        (String)
            post(
                    key,
                    "/v1/prices",
                    "{\"product\":\""
                        + product
                        + "\",\"amount_type\":\"fixed\",\"currency\":\"usd\",\"unit_amount\":4900}")
                .get("id");
    Map<String, Object> session =
        post(
            key,
            "/v1/checkout_sessions",
            "{\"price\":\"" + price + "\",\"customer_email\":\"" + email + "\"}");
    Map<String, Object> done =
        post(
            key,
            "/v1/checkout_sessions/client/" + session.get("client_secret") + "/confirm",
            "{\"payment_method\":\"" + card + "\"}");
    return get(key, "/v1/invoices/" + done.get("invoice"));
  }

  /** Advances the tenant's account clock. */
  void advanceAccount(String key, long seconds) {
    post(key, "/_mock/clock/advance", "{\"seconds\":" + seconds + "}");
  }

  @Override
  public void close() {
    receiver.close();
    mock.close();
  }
}
