package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
  static FixtureServer server;
  String key;

  @BeforeAll
  static void start() {
    server = FixtureServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void freshTenant() {
    key = server.newKey();
  }

  private MockHttp.Reply create(String idempotencyKey, String json) {
    return server
        .http
        .post("/v1/customers")
        .key(key)
        .idempotencyKey(idempotencyKey)
        .json(json)
        .send();
  }

  private int customerCount() {
    return ((List<?>) server.http.get("/v1/customers?limit=100").key(key).send().json().get("data"))
        .size();
  }

  @Test
  void aRetryWithTheSameKeyReplaysTheFirstAnswerWithoutExecutingAgain() {
    MockHttp.Reply first = create("k1", "{\"email\":\"ada@example.com\"}");
    MockHttp.Reply again = create("k1", "{\"email\":\"ada@example.com\"}");
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(first.header("Idempotency-Key")).isEqualTo("k1");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.header("Idempotency-Key")).isEqualTo("k1");
    assertThat(server.customers.creates(key)).isEqualTo(1);
    assertThat(customerCount()).isEqualTo(1);
  }

  @Test
  void anErrorAnswerIsStoredAndReplayedToo() {
    create("first", "{\"email\":\"a@b.co\",\"external_id\":\"u1\"}");
    MockHttp.Reply conflict = create("second", "{\"email\":\"c@d.co\",\"external_id\":\"u1\"}");
    assertThat(conflict.status()).isEqualTo(400);
    server
        .http
        .delete(
            "/v1/customers/"
                + server
                    .http
                    .get("/v1/customers")
                    .key(key)
                    .send()
                    .json()
                    .get("data")
                    .toString()
                    .replaceAll(".*id=(cus_[0-9A-Za-z]+).*", "$1"))
        .key(key)
        .send();
    MockHttp.Reply replay = create("second", "{\"email\":\"c@d.co\",\"external_id\":\"u1\"}");
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.body()).isEqualTo(conflict.body());
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
  }

  @Test
  void theSameKeyWithAnotherBodyIs400IdempotencyKeyReused() {
    create("k", "{\"email\":\"ada@example.com\"}");
    MockHttp.Reply reply = create("k", "{\"email\":\"bob@example.com\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error())
        .containsEntry("type", "idempotency_error")
        .containsEntry("code", "idempotency_key_reused");
    assertThat((String) reply.error().get("message")).contains("'k'").contains("different body");
    assertThat(customerCount()).isEqualTo(1);
  }

  @Test
  void theSameKeyOnAnotherPathIs400IdempotencyKeyReused() {
    String id = (String) create("k", "{\"email\":\"ada@example.com\"}").json().get("id");
    MockHttp.Reply reply =
        server
            .http
            .post("/v1/customers/" + id)
            .key(key)
            .idempotencyKey("k")
            .json("{\"email\":\"ada@example.com\"}")
            .send();
    assertThat(reply.errorCode()).isEqualTo("idempotency_key_reused");
    assertThat((String) reply.error().get("message"))
        .contains("POST /v1/customers, not POST /v1/customers/" + id);
  }

  @Test
  void keysAreScopedToTheApiKey() {
    create("shared", "{\"email\":\"ada@example.com\"}");
    MockHttp.Reply other =
        server
            .http
            .post("/v1/customers")
            .key(server.newKey())
            .idempotencyKey("shared")
            .json("{\"email\":\"bob@example.com\"}")
            .send();
    assertThat(other.status()).isEqualTo(200);
    assertThat(other.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void aRequestRejectedBeforeExecutionStoresNothing() {
    // 401: no tenant, nothing stored.
    server.http.post("/v1/customers").idempotencyKey("k").json("{\"email\":\"a@b.co\"}").send();
    // 400 schema: rejected before execution.
    assertThat(create("k", "{\"email\":5}").status()).isEqualTo(400);
    // 429 and 500 faults: rejected before execution.
    assertThat(
            server
                .http
                .post("/v1/customers")
                .key(key)
                .idempotencyKey("k")
                .header("Billkit-Mock-Fault", "rate_limit")
                .json("{\"email\":\"a@b.co\"}")
                .send()
                .status())
        .isEqualTo(429);
    assertThat(
            server
                .http
                .post("/v1/customers")
                .key(key)
                .idempotencyKey("k")
                .header("Billkit-Mock-Fault", "status; status=503")
                .json("{\"email\":\"a@b.co\"}")
                .send()
                .status())
        .isEqualTo(503);
    MockHttp.Reply executed = create("k", "{\"email\":\"a@b.co\"}");
    assertThat(executed.status()).isEqualTo(200);
    assertThat(executed.header("Idempotent-Replayed")).isNull();
    assertThat(server.customers.creates(key)).isEqualTo(1);
  }

  @Test
  void keysExpireAfter24HoursOfTheTenantsClock() {
    create("k", "{\"email\":\"ada@example.com\"}");
    server.tenant(key).clock().advanceBy(Duration.ofHours(24).minusSeconds(1));
    assertThat(create("k", "{\"email\":\"ada@example.com\"}").header("Idempotent-Replayed"))
        .isEqualTo("true");
    server.tenant(key).clock().advanceBy(Duration.ofSeconds(1));
    MockHttp.Reply fresh = create("k", "{\"email\":\"bob@example.com\"}");
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.header("Idempotent-Replayed")).isNull();
    assertThat(customerCount()).isEqualTo(2);
  }

  @Test
  void getAndDeleteIgnoreTheKey() {
    String id = server.createCustomer(key, "ada@example.com");
    MockHttp.Reply a = server.http.get("/v1/customers/" + id).key(key).idempotencyKey("g").send();
    MockHttp.Reply b = server.http.get("/v1/customers/" + id).key(key).idempotencyKey("g").send();
    assertThat(b.header("Idempotent-Replayed")).isNull();
    assertThat(a.header("Idempotency-Key")).isNull();
  }

  @Test
  void aSecondRequestWhileTheFirstRunsIs409InUse() throws Exception {
    server.customers.close();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<MockHttp.Reply> first =
          pool.submit(() -> create("slow", "{\"email\":\"ada@example.com\"}"));
      server.customers.awaitEntered();
      MockHttp.Reply second = create("slow", "{\"email\":\"ada@example.com\"}");
      assertThat(second.status()).isEqualTo(409);
      assertThat(second.error())
          .containsEntry("type", "idempotency_error")
          .containsEntry("code", "idempotency_key_in_use");
      server.customers.open();
      assertThat(first.get().status()).isEqualTo(200);
      assertThat(create("slow", "{\"email\":\"ada@example.com\"}").header("Idempotent-Replayed"))
          .isEqualTo("true");
    } finally {
      server.customers.open();
      pool.shutdownNow();
    }
  }

  @Test
  void fiftyConcurrentRequestsWithOneKeyExecuteOnce() throws Exception {
    server.customers.close();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch answered = new CountDownLatch(49);
    try {
      List<Future<MockHttp.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        replies.add(
            pool.submit(
                () -> {
                  MockHttp.Reply r = create("once", "{\"email\":\"ada@example.com\"}");
                  answered.countDown();
                  return r;
                }));
      }
      // One request is held inside the handler; every other one must answer meanwhile.
      assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
      server.customers.open();
      Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
      String created = null;
      for (Future<MockHttp.Reply> f : replies) {
        MockHttp.Reply r = f.get();
        byStatus.merge(r.status(), 1, Integer::sum);
        if (r.status() == 200) {
          created = r.body();
        } else {
          assertThat(r.errorCode()).isEqualTo("idempotency_key_in_use");
        }
      }
      assertThat(byStatus).isEqualTo(Map.of(200, 1, 409, 49));
      assertThat(server.customers.creates(key)).isEqualTo(1);
      assertThat(customerCount()).isEqualTo(1);
      assertThat(create("once", "{\"email\":\"ada@example.com\"}").body()).isEqualTo(created);
    } finally {
      server.customers.open();
      pool.shutdownNow();
    }
  }
}
