package dev.billkit.mock.internal.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.tenant.IdPrefix;
import dev.billkit.mock.internal.tenant.StateFile;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.Tenants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unit-of-work contract of {@link Work}, driven through {@link Call#execute} directly. */
class WorkTest {
  private final Handlers handlers = new Handlers();
  private final Tenant tenant = new Tenants(0, 10).get("sk_test_work");
  private final List<String> log = new ArrayList<>();

  WorkTest() {
    handlers.tasks().on("test.noop", task -> {});
    handlers.onEmit(
        (work, event) -> work.save("delivery", Map.of("id", Json.readObject(event).get("id"))));
  }

  private Call call(boolean writable) {
    return new Call(
        null, tenant, handlers, writable, "/v1/x", Map.of(), Map.of(), Map.of(), "req_1", "k1");
  }

  private MockResponse run(OperationHandler handler) {
    return call(true).execute(handler);
  }

  @Test
  void readsInsideAUnitSeeItsOwnWrites() {
    run(
        call -> {
          call.save("thing", Map.of("id", "t1", "n", 1L));
          call.edit("thing", "t1", "thing").set("n", 2L).save();
          log.add(String.valueOf(Json.readObject(call.require("thing", "t1", "thing")).get("n")));
          call.table("thing").remove("t1");
          log.add(String.valueOf(call.find("thing", "t1")));
          return MockResponse.ok(Map.of());
        });
    assertThat(log).containsExactly("2", "null");
  }

  @Test
  void everyKindOfChangeIsTakenBackWhenTheHandlerThrows() {
    run(
        call -> {
          call.save("thing", Map.of("id", "t1", "n", 1L));
          call.schedule("test.noop", call.now().plus(Duration.ofDays(1)), "t1", Map.of());
          return MockResponse.ok(Map.of());
        });
    byte[] before = StateFile.accountState(tenant);
    assertThatThrownBy(
            () ->
                run(
                    call -> {
                      call.save("thing", Map.of("id", "t2"));
                      call.edit("thing", "t1", "thing").set("n", 5L).saveAndEmit("thing.updated");
                      call.table("thing").remove("t1");
                      call.newId(IdPrefix.CUSTOMER);
                      call.cancelTasks("t1", null);
                      call.schedule("test.noop", call.now(), "t2", Map.of("a", "b"));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(StateFile.accountState(tenant)).isEqualTo(before);
    assertThat(tenant.undo().isOpenHere()).isFalse();
  }

  @Test
  void aCommittedErrorKeepsTheChangesAndStillPropagates() {
    assertThatThrownBy(
            () ->
                run(
                    call -> {
                      call.save("thing", Map.of("id", "t1"));
                      throw ApiError.card("card_declined", "generic_decline", "declined", null)
                          .committed();
                    }))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.isCommitted()).isTrue();
              assertThat(e.status()).isEqualTo(402);
              assertThat(e.declineCode()).isEqualTo("generic_decline");
            });
    assertThat(tenant.store().table("thing").contains("t1")).isTrue();
  }

  @Test
  void afterCommitActionsRunOnlyWhenTheUnitCommits() {
    run(
        call -> {
          call.afterCommit(() -> log.add("committed"));
          return MockResponse.ok(Map.of());
        });
    assertThatThrownBy(
        () ->
            run(
                call -> {
                  call.afterCommit(() -> log.add("rolled back"));
                  throw ApiError.invalidRequest("parameter_invalid", "no", "x");
                }));
    assertThat(log).containsExactly("committed");
  }

  @Test
  void emitHooksRunInsideTheUnitSoTheirChangesRollBackWithTheEvent() {
    run(
        call -> {
          call.emit("thing.created", Json.write(Map.of("id", "t1")), null);
          return MockResponse.ok(Map.of());
        });
    assertThat(tenant.store().table("delivery").size()).isEqualTo(1);
    assertThatThrownBy(
        () ->
            run(
                call -> {
                  call.emit("thing.created", Json.write(Map.of("id", "t2")), null);
                  assertThat(call.table("delivery").size()).isEqualTo(2);
                  throw new IllegalStateException("after emitting");
                }));
    assertThat(tenant.store().table("delivery").size()).isEqualTo(1);
    assertThat(tenant.store().table("event").size()).isEqualTo(1);
  }

  @Test
  void anEventCarriesTheRequestAndTheTimeOfTheUnitsTimeline() {
    run(
        call -> {
          call.emit("thing.created", Json.write(Map.of("id", "t1")), null);
          return MockResponse.ok(Map.of());
        });
    Map<String, Object> event =
        Json.readObject(tenant.store().table("event").page(1, null, null, null).data().get(0));
    assertThat(event).containsEntry("created_at", tenant.clock().nowText());
    assertThat(event.get("request")).isEqualTo(Map.of("id", "req_1", "idempotency_key", "k1"));
  }

  @Test
  void aReadOnlyCallCannotChangeState() {
    Call readOnly = call(false);
    assertThatThrownBy(
            () ->
                readOnly.execute(
                    call -> {
                      call.emit("thing.created", Json.write(Map.of("id", "t1")), null);
                      return MockResponse.ok(Map.of());
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("onExclusive");
    assertThatThrownBy(() -> readOnly.newId(IdPrefix.CUSTOMER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> readOnly.save("thing", Map.of("id", "t1")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void schedulingAnUnknownKindOrInThePastIsABugReportedAtOnce() {
    assertThatThrownBy(
            () ->
                run(
                    call -> {
                      call.schedule("test.unknown", call.now(), null, Map.of());
                      return MockResponse.ok(Map.of());
                    }))
        .hasMessageContaining("no handler is registered for task kind test.unknown");
    assertThatThrownBy(
            () ->
                run(
                    call -> {
                      call.schedule("test.noop", call.now().minusSeconds(1), null, Map.of());
                      return MockResponse.ok(Map.of());
                    }))
        .hasMessageContaining("before its timeline's now");
    assertThatThrownBy(
            () ->
                run(
                    call -> {
                      call.useClock("clock_missing");
                      return MockResponse.ok(Map.of());
                    }))
        .hasMessageContaining("no test clock clock_missing");
  }

  @Test
  void aMissingObjectIsA404NamingTheIdField() {
    assertThatThrownBy(
            () -> run(call -> MockResponse.ok(call.require("customer", "cus_x", "customer"))))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.code()).isEqualTo("resource_missing");
              assertThat(e.param()).isEqualTo("customer");
              assertThat(e.getMessage()).isEqualTo("No such customer: 'cus_x'");
            });
  }
}
