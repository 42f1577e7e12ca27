package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.domain.clock.TestClockDomain;
import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.server.Sleeper;
import dev.billkit.mock.internal.tenant.StateFile;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.testing.FixtureCustomers;
import dev.billkit.mock.testing.FixtureUnits;
import dev.billkit.mock.testing.MockHttp;
import dev.billkit.mock.testing.SpecConformance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An in-process server with the real billing spec, the real test clock domain, the {@link
 * FixtureCustomers} and {@link FixtureUnits} example domains, plus a conformance-checking client.
 * Tests share one per class and isolate themselves with fresh tenants.
 */
final class FixtureServer implements AutoCloseable {
  final BillkitMock mock;
  final MockHttp http;
  final FixtureCustomers customers;

  private FixtureServer(BillkitMock mock, FixtureCustomers customers) {
    this.mock = mock;
    this.customers = customers;
    this.http = new MockHttp(mock.url());
  }

  static FixtureServer start() {
    return start(0, null, Sleeper.SYSTEM);
  }

  static FixtureServer start(long seed, Path dataDir, Sleeper sleeper) {
    FixtureCustomers customers = new FixtureCustomers();
    BillkitMock mock =
        BillkitMock.builder()
            .seed(seed)
            .dataDir(dataDir)
            .sleeper(sleeper)
            .domains(List.of(new TestClockDomain(), customers, new FixtureUnits()))
            .start();
    return new FixtureServer(mock, customers);
  }

  /** A fresh tenant's key. */
  String newKey() {
    return mock.newTenant().apiKey();
  }

  /** The server-side tenant of a key (to move its clock in tests). */
  Tenant tenant(String key) {
    return mock.server().tenants().get(key);
  }

  /** The tenant's durable state as bytes (see {@link StateFile#accountState}). */
  byte[] accountState(String key) {
    return accountState(tenant(key));
  }

  /**
   * A tenant's durable state as bytes, read under its lock, for "nothing changed" checks: every
   * test server takes its snapshots here.
   */
  static byte[] accountState(Tenant tenant) {
    tenant.lock().readLock().lock();
    try {
      return StateFile.accountState(tenant);
    } finally {
      tenant.lock().readLock().unlock();
    }
  }

  /** Creates a customer and returns its id. */
  String createCustomer(String key, String email) {
    MockHttp.Reply reply =
        http.post("/v1/customers").key(key).json("{\"email\":\"" + email + "\"}").send();
    if (reply.status() != 200) {
      throw new AssertionError("create failed: " + reply.body());
    }
    return (String) reply.json().get("id");
  }

  @Override
  public void close() {
    mock.close();
  }

  /** Creates a test clock at {@code frozenTime} and returns its id. */
  String createClock(String key, String frozenTime) {
    MockHttp.Reply reply =
        http.post("/v1/test_helpers/test_clocks")
            .key(key)
            .json("{\"frozen_time\":\"" + frozenTime + "\",\"name\":\"renewals\"}")
            .send();
    assertThat(reply.status()).isEqualTo(200);
    return (String) reply.json().get("id");
  }

  /** Creates a fixture customer (on {@code clock} unless null) and returns its id. */
  String customerOn(String key, String clock, String email, String metadata) {
    MockHttp.Reply reply =
        http.post("/v1/customers")
            .key(key)
            .json(
                "{\"email\":\""
                    + email
                    + "\","
                    + (clock == null ? "" : "\"test_clock\":\"" + clock + "\",")
                    + "\"metadata\":"
                    + metadata
                    + "}")
            .send();
    assertThat(reply.status()).isEqualTo(200);
    return (String) reply.json().get("id");
  }

  /** The tenant's events, oldest first, each checked against the spec's Event schema. */
  List<Map<String, Object>> events(String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (byte[] json : tenant(key).store().table("event").page(100, null, null, null).data()) {
      assertThat(
              SpecConformance.billing()
                  .schemaProblems(
                      "#/components/schemas/Event", new String(json, StandardCharsets.UTF_8)))
          .isEmpty();
      out.add(0, Json.readObject(json));
    }
    return out;
  }

  /** {@code type object-id @created_at (request|task)}: an event in one line. */
  static String line(Map<String, Object> event) {
    Map<?, ?> object = (Map<?, ?>) ((Map<?, ?>) event.get("data")).get("object");
    Map<?, ?> request = (Map<?, ?>) event.get("request");
    return event.get("type")
        + " "
        + object.get("id")
        + " @"
        + event.get("created_at")
        + (request.get("id") == null ? " (task)" : " (request)");
  }

  /** The ids in a list envelope. */
  static List<Object> ids(Map<String, Object> list) {
    return ((List<?>) list.get("data")).stream().<Object>map(o -> map(o).get("id")).toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }
}
