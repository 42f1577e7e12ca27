package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.store.Table;
import dev.billkit.mock.internal.tenant.IdPrefix;
import dev.billkit.mock.internal.tenant.Task;
import dev.billkit.mock.internal.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One unit of work of a tenant, and everything domain code needs inside it: a request ({@link
 * Call}) or a scheduled task ({@link TaskRun}). All-or-nothing: the objects it writes, the ids it
 * takes, the events it emits and the tasks it schedules or cancels are kept only if it ends
 * normally (or throws an {@link ApiError#committed()} error); any other exception takes every one
 * of them back, so the tenant is left exactly as before. Reads see the unit's own writes. The
 * mechanics are in {@code UndoLog}; domain code never opens or closes a unit itself.
 *
 * <p><b>Time.</b> The account lives by the tenant clock; each test clock is a separate timeline.
 * {@link #nowFor(String)} answers "what time is it for an object attached to this clock (or to
 * none)". A unit acts on one timeline, {@link #clock()}: the account for a request (until it calls
 * {@link #useClock}), the task's own for a task. {@link #now()}, new objects' {@code created_at},
 * event timestamps and {@link #schedule} follow it.
 *
 * <p>A unit whose request runs under the tenant's shared lock (a GET) is read-only: everything here
 * that writes throws {@link IllegalStateException}. Used by one thread.
 */
public abstract sealed class Work permits Call, TaskRun {
  private static final Logger LOG = Logger.getLogger(Work.class.getName());

  private final Tenant tenant;
  private final Handlers handlers;
  private final boolean writable;
  private String clock;
  private final List<Runnable> afterCommit = new ArrayList<>();

  Work(Tenant tenant, Handlers handlers, boolean writable, String clock) {
    this.tenant = tenant;
    this.handlers = handlers;
    this.writable = writable;
    this.clock = clock;
  }

  /** The tenant (its store and tasks are locked for this unit). */
  public final Tenant tenant() {
    return tenant;
  }

  /** What the domains registered: task kinds and hooks. */
  public final Handlers handlers() {
    return handlers;
  }

  /** A table of the tenant's objects, e.g. {@code table("customer")}. */
  public final Table table(String resource) {
    return tenant.store().table(resource);
  }

  /** The next id with this prefix (given back if the unit rolls back). */
  public final String newId(IdPrefix prefix) {
    requireWritable();
    return tenant.ids().next(prefix);
  }

  /**
   * A new object's common fields in the spec's order: {@code id}, {@code object}, {@code
   * created_at} ({@link #now()}) and {@code livemode} (false). Add the rest, then {@link #save}.
   */
  public final Map<String, Object> newObject(IdPrefix prefix, String objectType) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("id", newId(prefix));
    object.put("object", objectType);
    object.put("created_at", nowText());
    object.put("livemode", false);
    return object;
  }

  /** Writes an object (new or whole replacement) under its {@code id}; returns its JSON. */
  public final byte[] save(String resource, Map<String, Object> object) {
    requireWritable();
    byte[] json = Json.write(object);
    table(resource).put((String) object.get("id"), json);
    return json;
  }

  /** An object's JSON, or null if the table has no such id. */
  public final byte[] find(String resource, String id) {
    return id == null ? null : table(resource).get(id);
  }

  /**
   * An object's JSON.
   *
   * @param param the request field that named the id, for the error (e.g. {@code customer})
   * @throws ApiError 404 {@code resource_missing}, {@code No such customer: 'cus_x'}, {@code param}
   */
  public final byte[] require(String resource, String id, String param) {
    byte[] json = find(resource, id);
    if (json == null) {
      throw ApiError.notFound(resource, param, id);
    }
    return json;
  }

  /** Opens a stored object for editing (404 as {@link #require}); see {@link StoredObject}. */
  public final StoredObject edit(String resource, String id, String param) {
    return new StoredObject(this, resource, require(resource, id, param));
  }

  /** The timeline this unit acts on: a test clock id ({@code clock_…}), or null for the account. */
  public final String clock() {
    return clock;
  }

  /**
   * Makes this unit act on an object's timeline: from now on {@link #now()}, event timestamps and
   * {@link #schedule} follow that test clock (or the account clock, for null). A request about a
   * customer attached to a test clock calls this with the customer's {@code test_clock} first.
   *
   * @throws IllegalArgumentException if there is no such test clock
   */
  public final void useClock(String testClockIdOrNull) {
    Timelines.now(tenant, testClockIdOrNull);
    clock = testClockIdOrNull;
  }

  /** The time on this unit's timeline; a task sees its due time. */
  public final Instant now() {
    return Timelines.now(tenant, clock);
  }

  /** {@link #now()} as the API writes it, e.g. {@code 2026-11-01T00:00:00Z}. */
  public final String nowText() {
    return Times.format(now());
  }

  /**
   * The time for an object attached to {@code testClockIdOrNull}: that clock's {@code frozen_time},
   * or the account clock for null.
   *
   * @throws IllegalArgumentException if there is no such test clock
   */
  public final Instant nowFor(String testClockIdOrNull) {
    return Timelines.now(tenant, testClockIdOrNull);
  }

  /**
   * Records an event about an object, dated {@link #now()}, with this unit's cause in {@code
   * request} (both null for a task), and tells the emit hooks.
   *
   * @param object the resource's JSON after the change
   * @param previousAttributes changed fields with their old values, or null (not an update)
   * @return the event's JSON
   */
  public final byte[] emit(String type, byte[] object, Map<String, Object> previousAttributes) {
    requireWritable();
    byte[] event =
        tenant
            .events()
            .emit(type, object, previousAttributes, requestId(), idempotencyKey(), nowText());
    for (EmitHook hook : handlers.emitHooks()) {
      hook.emitted(this, event);
    }
    return event;
  }

  /** Schedules a task on this unit's timeline ({@link #clock()}); see {@link #scheduleOn}. */
  public final Task schedule(String kind, Instant due, String objectId, Map<String, String> args) {
    return scheduleOn(clock, kind, due, objectId, args);
  }

  /**
   * Schedules a task: when {@code testClockIdOrNull}'s timeline reaches {@code due}, the handler of
   * {@code kind} runs with "now" = {@code due}. A task due now runs at the timeline's next advance;
   * one scheduled by a task runs in the same advance when it falls due within it.
   *
   * @param objectId what it is about, for {@link #cancelTasks}; may be null
   * @param args at most 16 small strings; never null
   * @throws IllegalArgumentException if the kind is not registered, {@code due} is before that
   *     timeline's now, or the clock does not exist
   */
  public final Task scheduleOn(
      String testClockIdOrNull,
      String kind,
      Instant due,
      String objectId,
      Map<String, String> args) {
    requireWritable();
    if (handlers.tasks().get(kind) == null) {
      throw new IllegalArgumentException("no handler is registered for task kind " + kind);
    }
    Instant now = Timelines.now(tenant, testClockIdOrNull);
    if (due.isBefore(now)) {
      throw new IllegalArgumentException(
          "task " + kind + " is due " + due + ", before its timeline's now " + now);
    }
    return tenant.tasks().schedule(kind, testClockIdOrNull, due.getEpochSecond(), objectId, args);
  }

  /** Cancels one pending task by id; returns whether it was pending. */
  public final boolean cancelTask(long taskId) {
    requireWritable();
    return tenant.tasks().cancel(taskId);
  }

  /** Cancels an object's pending tasks of {@code kind} (every kind for null); returns how many. */
  public final int cancelTasks(String objectId, String kind) {
    requireWritable();
    return tenant.tasks().cancel(objectId, kind);
  }

  /**
   * Runs {@code action} once this unit commits (never if it rolls back), on the same thread and
   * still under the tenant's exclusive lock: keep it short and hand slow work (HTTP) to an
   * executor. An exception from it is logged; the commit stands.
   */
  public final void afterCommit(Runnable action) {
    requireWritable();
    afterCommit.add(action);
  }

  /** The request that caused this unit, or null for a task. */
  public abstract String requestId();

  /** That request's idempotency key, or null. */
  public abstract String idempotencyKey();

  /** Whether this unit may change state (false for a GET under the shared lock). */
  public final boolean isWritable() {
    return writable;
  }

  /** Keeps everything done so far and runs the after-commit actions; the unit stays open. */
  final void commitUnit() {
    tenant.undo().commit();
    List<Runnable> actions = new ArrayList<>(afterCommit);
    afterCommit.clear();
    for (Runnable action : actions) {
      try {
        action.run();
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "an after-commit action failed; the commit stands", e);
      }
    }
  }

  final void requireWritable() {
    if (!writable) {
      throw new IllegalStateException(
          "this GET handler runs under the tenant's shared lock and cannot change state;"
              + " register it with Handlers.onExclusive");
    }
  }
}
