package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class TenantIsolationTest {
  @AutoClose static final FixtureServer server = FixtureServer.start();

  @Test
  void oneKeyCannotReadOrChangeAnotherKeysObjects() {
    String a = server.newKey();
    String b = server.newKey();
    String id = server.createCustomer(a, "ada@example.com");
    assertThat(server.http.get("/v1/customers/" + id).key(b).send().status()).isEqualTo(404);
    assertThat(
            server
                .http
                .post("/v1/customers/" + id)
                .key(b)
                .json("{\"name\":\"Mallory\"}")
                .send()
                .status())
        .isEqualTo(404);
    assertThat(server.http.delete("/v1/customers/" + id).key(b).send().status()).isEqualTo(404);
    assertThat(server.http.get("/v1/customers").key(b).send().json().get("data"))
        .isEqualTo(List.of());
    assertThat(server.http.get("/v1/customers/" + id).key(a).send().json())
        .containsEntry("name", null);
  }

  @Test
  void eachKeyHasItsOwnIdSequence() {
    String a = server.newKey();
    String b = server.newKey();
    String a1 = server.createCustomer(a, "x@example.com");
    String b1 = server.createCustomer(b, "x@example.com");
    assertThat(a1).isNotEqualTo(b1);
    assertThat(server.http.get("/v1/customers?starting_after=" + a1).key(b).send().errorCode())
        .isEqualTo("parameter_invalid");
  }

  @Test
  void eachKeyHasItsOwnClockJournalFaultsAndSettings() {
    String a = server.newKey();
    String b = server.newKey();
    server.tenant(a).clock().advanceBy(java.time.Duration.ofDays(3));
    assertThat(server.tenant(b).clock().now()).isBefore(server.tenant(a).clock().now());
    server
        .http
        .post("/_mock/faults")
        .key(a)
        .json(
            "{\"match\":{\"method\":\"GET\",\"path\":\"/v1/customers\"},\"count\":5,"
                + "\"action\":{\"type\":\"status\",\"status\":503}}")
        .send();
    server.http.post("/_mock/settings").key(a).json("{\"dunning_outcome\":\"unpaid\"}").send();
    assertThat(server.http.get("/v1/customers").key(b).send().status()).isEqualTo(200);
    assertThat(server.http.get("/_mock/settings").key(b).send().json())
        .containsEntry("dunning_outcome", "canceled");
    assertThat(server.http.get("/_mock/faults").key(b).send().json().get("data"))
        .isEqualTo(List.of());
    assertThat(server.http.get("/_mock/coverage").key(b).send().json())
        .containsEntry("exercised_count", 1L);
    assertThat(((List<?>) server.http.get("/_mock/requests").key(b).send().json().get("data")))
        .hasSize(1);
  }

  @Test
  void resettingOneTenantLeavesTheOthersAlone() {
    String a = server.newKey();
    String b = server.newKey();
    String first = server.createCustomer(a, "a@example.com");
    String kept = server.createCustomer(b, "b@example.com");
    MockHttp.Reply reset = server.http.post("/_mock/reset").key(a).send();
    assertThat(reset.status()).isEqualTo(200);
    assertThat(server.http.get("/v1/customers").key(a).send().json().get("data"))
        .isEqualTo(List.of());
    assertThat(server.http.get("/v1/customers/" + kept).key(b).send().status()).isEqualTo(200);
    // A reset tenant starts over: the same calls give the same ids again.
    assertThat(server.createCustomer(a, "a@example.com")).isEqualTo(first);
  }
}
