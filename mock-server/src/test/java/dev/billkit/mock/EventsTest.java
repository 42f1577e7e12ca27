package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.store.Table;
import dev.billkit.mock.testing.SpecConformance;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Events recorded through {@code Call.emit} have the envelope of DESIGN §7 and the spec's Event
 * schema.
 */
class EventsTest {
  @AutoClose static final FixtureServer server = FixtureServer.start();

  @Test
  void anEmittedEventCarriesTheObjectChangesAndTheRequestThatCausedIt() {
    String key = server.newKey();
    var created =
        server
            .http
            .post("/v1/customers")
            .key(key)
            .idempotencyKey("evt-key")
            .json("{\"email\":\"ada@example.com\"}")
            .send();
    String id = (String) created.json().get("id");
    var updated =
        server.http.post("/v1/customers/" + id).key(key).json("{\"name\":\"Ada\"}").send();
    Table events = server.tenant(key).store().table("event");
    List<byte[]> newestFirst = events.page(10, null, null, null).data();
    assertThat(newestFirst).hasSize(2);
    for (byte[] event : newestFirst) {
      assertThat(
              SpecConformance.billing()
                  .schemaProblems(
                      "#/components/schemas/Event", new String(event, StandardCharsets.UTF_8)))
          .isEmpty();
    }
    Map<String, Object> update = Json.readObject(newestFirst.get(0));
    assertThat(update)
        .containsEntry("type", "customer.updated")
        .containsEntry("object", "event")
        .containsEntry("livemode", false)
        .containsEntry("created_at", "2026-11-01T00:00:00Z")
        .containsEntry("pending_webhooks", 0L);
    assertThat((String) update.get("id")).startsWith("evt_");
    Map<?, ?> updateData = (Map<?, ?>) update.get("data");
    @SuppressWarnings("unchecked")
    Map<String, Object> previous = (Map<String, Object>) updateData.get("previous_attributes");
    assertThat(previous).containsOnlyKeys("name").containsEntry("name", null);
    assertThat(updateData.get("object")).isEqualTo(updated.json());
    Map<?, ?> updateRequest = (Map<?, ?>) update.get("request");
    assertThat(updateRequest.get("id")).isEqualTo(updated.header("Request-Id"));
    assertThat(updateRequest.get("idempotency_key")).isNull();

    Map<String, Object> create = Json.readObject(newestFirst.get(1));
    assertThat(create).containsEntry("type", "customer.created");
    assertThat(((Map<?, ?>) create.get("data")).get("previous_attributes")).isNull();
    assertThat(((Map<?, ?>) create.get("data")).get("object")).isEqualTo(created.json());
    assertThat((Map<?, ?>) create.get("request"))
        .isEqualTo(Map.of("id", created.header("Request-Id"), "idempotency_key", "evt-key"));
  }
}
