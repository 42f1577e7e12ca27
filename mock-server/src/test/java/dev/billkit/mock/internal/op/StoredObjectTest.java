package dev.billkit.mock.internal.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.Tenants;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Editing stored objects ({@link StoredObject}) and the spec's metadata merge ({@link Metadata}).
 */
class StoredObjectTest {
  private final Tenant tenant = new Tenants(0, 10).get("sk_test_edit");
  private final Handlers handlers = new Handlers();

  StoredObjectTest() {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("id", "cus_1");
    customer.put("email", "a@example.com");
    customer.put("name", null);
    customer.put("metadata", new LinkedHashMap<>(Map.of("plan", "pro")));
    in(call -> call.save("customer", customer));
  }

  private void in(Consumer<Call> body) {
    new Call(null, tenant, handlers, true, "/v1/x", Map.of(), Map.of(), Map.of(), "req_1", null)
        .execute(
            call -> {
              body.accept(call);
              return MockResponse.ok(Map.of());
            });
  }

  private List<byte[]> events() {
    return tenant.store().table("event").page(100, null, null, null).data();
  }

  @Test
  void changedFieldsAreSavedAndListedWithTheirOldValues() {
    in(
        call -> {
          StoredObject customer = call.edit("customer", "cus_1", "customer");
          Map<String, Object> body = new HashMap<>();
          body.put("email", "b@example.com");
          body.put("name", "Ada");
          customer.copy(body, "email", "name", "external_id");
          customer.mergeMetadata(Map.of("seats", "3"));
          customer.saveAndEmit("customer.updated");
        });
    Map<String, Object> event = Json.readObject(events().get(0));
    Map<?, ?> data = (Map<?, ?>) event.get("data");
    Map<String, Object> previous = new LinkedHashMap<>();
    previous.put("email", "a@example.com");
    previous.put("name", null);
    previous.put("metadata", Map.of("plan", "pro"));
    assertThat(data.get("previous_attributes")).isEqualTo(previous);
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) data.get("object");
    assertThat(object)
        .containsEntry("email", "b@example.com")
        .containsEntry("name", "Ada")
        .containsEntry("metadata", Map.of("plan", "pro", "seats", "3"))
        .doesNotContainKey("external_id");
  }

  @Test
  void settingFieldsToTheirCurrentValuesIsNoChangeAndEmitsNothing() {
    in(
        call -> {
          StoredObject customer = call.edit("customer", "cus_1", "customer");
          customer.set("email", "x@example.com").set("email", "a@example.com");
          customer.copy(Map.of("name", "Ada"), "email").mergeMetadata(null);
          assertThat(customer.changed()).isFalse();
          assertThat(customer.previousAttributes()).isNull();
          customer.saveAndEmit("customer.updated");
        });
    assertThat(events()).isEmpty();
  }

  @Test
  void editingAMissingObjectIsA404NamingTheParameter() {
    assertThatThrownBy(() -> in(call -> call.edit("customer", "cus_2", "default_customer")))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.param()).isEqualTo("default_customer"));
  }

  @Test
  void metadataMergesKeysAndAnEmptyStringRemovesOne() {
    Map<String, Object> current = new LinkedHashMap<>();
    current.put("a", "1");
    current.put("b", "2");
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("b", "");
    changes.put("c", "3");
    changes.put("a", "9");
    changes.put("absent", "");
    assertThat(Metadata.merge(current, changes))
        .containsExactly(Map.entry("a", "9"), Map.entry("c", "3"));
    assertThat(current).containsOnlyKeys("a", "b");
    assertThat(Metadata.of(Map.of("x", "", "y", "1"))).isEqualTo(Map.of("y", "1"));
    assertThat(Metadata.of(null)).isEmpty();
  }

  @Test
  void metadataMayNotGrowPastFiftyKeys() {
    Map<String, Object> current = new LinkedHashMap<>();
    for (int i = 0; i < 50; i++) {
      current.put("k" + i, "v");
    }
    assertThat(Metadata.merge(current, Map.of("k0", "", "new", "v"))).hasSize(50);
    assertThatThrownBy(() -> Metadata.merge(current, Map.of("new", "v")))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.param()).isEqualTo("metadata");
              assertThat(e.getMessage()).contains("51 keys", "at most 50");
            });
  }
}
