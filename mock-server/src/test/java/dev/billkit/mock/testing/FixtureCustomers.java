package dev.billkit.mock.testing;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.TaskRun;
import dev.billkit.mock.internal.store.Table;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny example domain for the machinery's tests, not the real customers resource: create,
 * retrieve, list, update and delete of customers, with events, an {@code external_id} uniqueness
 * error (a handler error to replay) and {@code createProduct} as a handler that crashes. Its create
 * handler counts executions and can be held on a gate to keep a request in flight.
 *
 * <p>It also exercises timelines the way real domains will: a customer created with {@code
 * test_clock} lives by that clock; metadata {@code remind_after_days=N} schedules a {@value
 * #REMIND} task N days later on the customer's timeline, which stamps {@code reminded_at} and
 * {@code reminders} into its metadata (emitting {@code customer.updated}) and, with {@code
 * remind_every_days=M}, schedules the next one M days on ({@code fail_on_remind=true} makes the
 * task fail after its changes, which must then be rolled back). Deleting a test clock deletes its
 * customers (emitting {@code customer.deleted}).
 */
public final class FixtureCustomers implements Domain {
  /** The reminder task kind. */
  public static final String REMIND = "fixture.customer.remind";

  private final Map<String, AtomicInteger> creates = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile CountDownLatch entered = new CountDownLatch(1);

  /** How many times createCustomer ran its body for the tenant of {@code apiKey}. */
  public int creates(String apiKey) {
    AtomicInteger n = creates.get(apiKey);
    return n == null ? 0 : n.get();
  }

  /** Makes the next creates wait inside the handler until {@link #open()}. */
  public void close() {
    entered = new CountDownLatch(1);
    gate = new CountDownLatch(1);
  }

  /** Lets waiting creates finish. */
  public void open() {
    gate.countDown();
  }

  /** Waits until a create is inside the handler. */
  public void awaitEntered() throws InterruptedException {
    if (!entered.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no create reached the handler");
    }
  }

  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createCustomer", this::create)
        .on("retrieveCustomer", call -> MockResponse.ok(find(call)))
        .on("listCustomers", ListHandler.of("customer").equal("email").equal("test_clock"))
        .on("updateCustomer", this::update)
        .on("deleteCustomer", this::delete)
        .on(
            "createProduct",
            call -> {
              throw new IllegalStateException("fixture failure");
            });
    handlers.tasks().on(REMIND, FixtureCustomers::remind);
    handlers.onTestClockDeleted(
        (work, clock) -> {
          for (Map.Entry<String, byte[]> e : work.table("customer").entries()) {
            if (clock.equals(Json.readObject(e.getValue()).get("test_clock"))) {
              work.table("customer").remove(e.getKey());
              work.emit("customer.deleted", e.getValue(), null);
            }
          }
        });
  }

  private MockResponse create(Call call) {
    creates.computeIfAbsent(call.tenant().apiKey(), k -> new AtomicInteger()).incrementAndGet();
    entered.countDown();
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("gate never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Map<String, Object> body = call.body();
    Table table = table(call);
    Object externalId = body.get("external_id");
    if (externalId != null) {
      for (Map.Entry<String, byte[]> e : table.entries()) {
        if (externalId.equals(Json.readObject(e.getValue()).get("external_id"))) {
          throw ApiError.invalidRequest(
              "parameter_invalid",
              "external_id: '" + externalId + "' is already used by customer " + e.getKey(),
              "external_id");
        }
      }
    }
    String clock = (String) body.get("test_clock");
    if (clock != null) {
      call.require("test_clock", clock, "test_clock");
      call.useClock(clock);
    }
    Map<String, Object> customer = call.newObject(IdPrefix.CUSTOMER, "customer");
    Map<String, Object> metadata = Metadata.of(body.get("metadata"));
    customer.put("metadata", metadata);
    customer.put("email", body.get("email"));
    customer.put("name", body.get("name"));
    customer.put("external_id", externalId);
    customer.put("billing_address", null);
    customer.put("default_payment_method", null);
    customer.put("test_clock", clock);
    byte[] json = call.save("customer", customer);
    call.emit("customer.created", json, null);
    Object days = metadata.get("remind_after_days");
    if (days != null) {
      call.schedule(
          REMIND,
          call.now().plus(Duration.ofDays(Long.parseLong((String) days))),
          (String) customer.get("id"),
          Map.of());
    }
    return MockResponse.ok(json);
  }

  private static void remind(TaskRun task) {
    StoredObject customer = task.edit("customer", task.objectId(), "customer");
    @SuppressWarnings("unchecked")
    Map<String, Object> metadata = (Map<String, Object>) customer.get("metadata");
    long count = Long.parseLong((String) metadata.getOrDefault("reminders", "0")) + 1;
    customer.mergeMetadata(
        Map.of("reminded_at", task.nowText(), "reminders", String.valueOf(count)));
    customer.saveAndEmit("customer.updated");
    if ("true".equals(metadata.get("fail_on_remind"))) {
      throw new IllegalStateException("fixture reminder failure for " + task.objectId());
    }
    Object every = metadata.get("remind_every_days");
    if (every != null) {
      task.schedule(
          REMIND,
          task.now().plus(Duration.ofDays(Long.parseLong((String) every))),
          task.objectId(),
          Map.of());
    }
  }

  private MockResponse update(Call call) {
    StoredObject customer = call.edit("customer", call.pathParam("customer"), "customer");
    customer.copy(call.body(), "email", "name").mergeMetadata(call.body().get("metadata"));
    return MockResponse.ok(customer.saveAndEmit("customer.updated"));
  }

  private MockResponse delete(Call call) {
    byte[] json = find(call);
    table(call).remove(call.pathParam("customer"));
    call.emit("customer.deleted", json, null);
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("id", call.pathParam("customer"));
    deleted.put("object", "customer");
    deleted.put("deleted", true);
    return MockResponse.ok(deleted);
  }

  private static byte[] find(Call call) {
    return call.require("customer", call.pathParam("customer"), "customer");
  }

  private static Table table(Call call) {
    return call.tenant().store().table("customer");
  }
}
