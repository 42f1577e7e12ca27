package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every request is one unit of work: a rejected or crashed request leaves the account exactly as it
 * was, and a committed error keeps its changes and is replayed like any answer. The handlers are
 * {@code FixtureUnits}.
 */
class UnitOfWorkTest {
  @AutoClose static final FixtureServer server = FixtureServer.start();

  /** Two customers, one with a pending reminder task, so a failing request has much to undo. */
  private static String accountWithCustomersAndTasks() {
    String key = server.newKey();
    server.createCustomer(key, "first@example.com");
    server
        .http
        .post("/v1/customers")
        .key(key)
        .json("{\"email\":\"second@example.com\",\"metadata\":{\"remind_after_days\":\"3\"}}")
        .send();
    assertThat(server.tenant(key).tasks().all()).hasSize(1);
    return key;
  }

  private static MockHttp.Reply createPaymentIntent(String key, String outcome) {
    return server
        .http
        .post("/v1/payment_intents")
        .key(key)
        .json(
            "{\"amount\":2000,\"currency\":\"usd\",\"metadata\":{\"outcome\":\"" + outcome + "\"}}")
        .send();
  }

  @Test
  void aRejectedRequestLeavesTheAccountByteIdentical() {
    String key = accountWithCustomersAndTasks();
    byte[] before = server.accountState(key);

    MockHttp.Reply reply = createPaymentIntent(key, "reject");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).containsEntry("param", "amount");
    assertThat(server.accountState(key)).isEqualTo(before);
  }

  @Test
  void aCrashedRequestLeavesTheAccountByteIdenticalToo() {
    String key = accountWithCustomersAndTasks();
    byte[] before = server.accountState(key);

    MockHttp.Reply reply = createPaymentIntent(key, "crash");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.errorCode()).isEqualTo("internal_error");
    assertThat(server.accountState(key)).isEqualTo(before);
  }

  @Test
  void idsTakenByARejectedRequestAreGivenBackSoLaterIdsDoNotShift() {
    String key = server.newKey();
    server.createCustomer(key, "a@example.com");
    server.createCustomer(key, "b@example.com");
    String undisturbed = newestEventId(key);
    server.http.post("/_mock/reset").key(key).send();

    server.createCustomer(key, "a@example.com");
    createPaymentIntent(key, "reject"); // took a pi_ id, event ids and a secret, then failed
    server.createCustomer(key, "b@example.com");

    assertThat(newestEventId(key)).isEqualTo(undisturbed);
  }

  private static String newestEventId(String key) {
    byte[] newest =
        server.tenant(key).store().table("event").page(1, null, null, null).data().get(0);
    return (String) Json.readObject(newest).get("id");
  }

  @Test
  void aCommittedErrorKeepsItsChangesAndAnswersTheError() {
    String key = server.newKey();

    MockHttp.Reply first =
        server.http.post("/v1/payment_intents/pi_1/confirm").key(key).json("{}").send();
    MockHttp.Reply second =
        server.http.post("/v1/payment_intents/pi_1/confirm").key(key).json("{}").send();

    assertThat(first.status()).isEqualTo(402);
    assertThat(first.error())
        .containsEntry("type", "card_error")
        .containsEntry("code", "card_declined")
        .containsEntry("decline_code", "insufficient_funds");
    assertThat(second.status()).isEqualTo(402);
    Map<String, Object> intent =
        Json.readObject(server.tenant(key).store().table("payment_intent").get("pi_1"));
    assertThat(intent).containsEntry("attempt_count", 2L);
    List<byte[]> events =
        server.tenant(key).store().table("event").page(10, null, null, null).data();
    assertThat(events).hasSize(2);
    Map<String, Object> newest = Json.readObject(events.get(0));
    assertThat(newest).containsEntry("type", "payment_intent.payment_failed");
    assertThat(((Map<?, ?>) newest.get("request")).get("id"))
        .isEqualTo(second.header("Request-Id"));
  }

  @Test
  void aCommittedErrorIsStoredForIdempotentReplayAndNotExecutedAgain() {
    String key = server.newKey();
    MockHttp.Reply first =
        server
            .http
            .post("/v1/payment_intents/pi_1/confirm")
            .key(key)
            .idempotencyKey("decline-once")
            .json("{}")
            .send();
    MockHttp.Reply replay =
        server
            .http
            .post("/v1/payment_intents/pi_1/confirm")
            .key(key)
            .idempotencyKey("decline-once")
            .json("{}")
            .send();

    assertThat(replay.status()).isEqualTo(402);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.body()).isEqualTo(first.body());
    Map<String, Object> intent =
        Json.readObject(server.tenant(key).store().table("payment_intent").get("pi_1"));
    assertThat(intent).containsEntry("attempt_count", 1L);
  }

  @Test
  void aRejectedRequestStillStoresItsErrorForIdempotentReplay() {
    String key = accountWithCustomersAndTasks();
    byte[] before = server.accountState(key);
    String body = "{\"amount\":2000,\"currency\":\"usd\",\"metadata\":{\"outcome\":\"reject\"}}";
    MockHttp.Reply first =
        server.http.post("/v1/payment_intents").key(key).idempotencyKey("k").json(body).send();
    MockHttp.Reply replay =
        server.http.post("/v1/payment_intents").key(key).idempotencyKey("k").json(body).send();

    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(server.accountState(key)).isEqualTo(before);
  }
}
