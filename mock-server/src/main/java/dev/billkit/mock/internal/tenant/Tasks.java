package dev.billkit.mock.internal.tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A tenant's scheduled {@link Task}s, ordered per timeline by (due, id). Scheduling and cancelling
 * hand their inverse to the undo log, so a unit of work that fails also takes back the tasks it
 * scheduled or cancelled. Running tasks is {@code Timelines}' job; this class only keeps them.
 *
 * <p>Not thread-safe: used under the tenant's exclusive lock (reads under the shared lock).
 */
public final class Tasks {
  /** At most this many arguments per task, each key and value at most {@link #MAX_ARG} chars. */
  public static final int MAX_ARGS = 16;

  public static final int MAX_ARG = 256;

  private static final Comparator<Task> ORDER =
      Comparator.comparingLong(Task::dueEpochSecond).thenComparingLong(Task::id);

  private final Consumer<Runnable> undo;
  private final Map<Long, Task> byId = new HashMap<>();
  private final Map<String, TreeSet<Task>> byTimeline = new HashMap<>();
  private final Map<String, TreeSet<Long>> byObject = new HashMap<>();
  private long lastId;

  Tasks(Consumer<Runnable> undo) {
    this.undo = undo;
  }

  /**
   * Adds a task and returns it with its id.
   *
   * @throws IllegalArgumentException if the kind is blank or the arguments are not small
   */
  public Task schedule(
      String kind,
      String timeline,
      long dueEpochSecond,
      String objectId,
      Map<String, String> args) {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("a task needs a kind");
    }
    if (args.size() > MAX_ARGS) {
      throw new IllegalArgumentException(
          "a task takes at most " + MAX_ARGS + " arguments (got " + args.size() + ")");
    }
    args.forEach(
        (k, v) -> {
          if (k.length() > MAX_ARG || v == null || v.length() > MAX_ARG) {
            throw new IllegalArgumentException(
                "task argument " + k + " must be a string of at most " + MAX_ARG + " chars");
          }
        });
    Task task = new Task(++lastId, kind, timeline, dueEpochSecond, objectId, args);
    add(task);
    undo.accept(
        () -> {
          remove(task);
          lastId--;
        });
    return task;
  }

  /** Cancels one task; returns whether it was pending. */
  public boolean cancel(long id) {
    Task task = byId.get(id);
    if (task == null) {
      return false;
    }
    remove(task);
    undo.accept(() -> add(task));
    return true;
  }

  /**
   * Cancels every pending task about {@code objectId} of {@code kind} (or of every kind when {@code
   * kind} is null); returns how many.
   */
  public int cancel(String objectId, String kind) {
    TreeSet<Long> ids = byObject.get(objectId);
    if (ids == null) {
      return 0;
    }
    int n = 0;
    for (long id : new ArrayList<>(ids)) {
      if (kind == null || kind.equals(byId.get(id).kind())) {
        n += cancel(id) ? 1 : 0;
      }
    }
    return n;
  }

  /** Cancels every task of a timeline (its test clock is gone); returns how many. */
  public int cancelTimeline(String timeline) {
    int n = 0;
    for (Task task : pending(timeline)) {
      n += cancel(task.id()) ? 1 : 0;
    }
    return n;
  }

  /** The earliest task of a timeline due at or before {@code upTo}, or null. */
  public Task next(String timeline, long upTo) {
    TreeSet<Task> set = byTimeline.get(key(timeline));
    if (set == null || set.isEmpty() || set.first().dueEpochSecond() > upTo) {
      return null;
    }
    return set.first();
  }

  /**
   * Removes a task that is about to run. Not undoable: a task runs at most once, even when its unit
   * of work fails.
   */
  public void take(Task task) {
    if (byId.get(task.id()) != task) {
      throw new IllegalArgumentException(task.describe() + " is not pending");
    }
    remove(task);
  }

  /** The pending tasks about one object, in id order. */
  public List<Task> of(String objectId) {
    TreeSet<Long> ids = byObject.get(objectId);
    List<Task> out = new ArrayList<>();
    if (ids != null) {
      ids.forEach(id -> out.add(byId.get(id)));
    }
    return out;
  }

  /** A pending task by id, or null. */
  public Task get(long id) {
    return byId.get(id);
  }

  /** The pending tasks of a timeline, in the order they will run. */
  public List<Task> pending(String timeline) {
    TreeSet<Task> set = byTimeline.get(key(timeline));
    return set == null ? List.of() : new ArrayList<>(set);
  }

  /** Every pending task, by id (for saving state). */
  public List<Task> all() {
    return new ArrayList<>(new TreeMap<>(byId).values());
  }

  /** The id the last scheduled task got (for saving state). */
  long lastId() {
    return lastId;
  }

  /** Restores tasks saved by {@link #all()} and {@link #lastId()}. */
  void restore(long savedLastId, List<Task> tasks) {
    lastId = savedLastId;
    tasks.forEach(this::add);
  }

  private void add(Task task) {
    byId.put(task.id(), task);
    byTimeline.computeIfAbsent(key(task.timeline()), k -> new TreeSet<>(ORDER)).add(task);
    if (task.objectId() != null) {
      byObject.computeIfAbsent(task.objectId(), k -> new TreeSet<>()).add(task.id());
    }
  }

  private void remove(Task task) {
    byId.remove(task.id());
    TreeSet<Task> set = byTimeline.get(key(task.timeline()));
    set.remove(task);
    if (set.isEmpty()) {
      byTimeline.remove(key(task.timeline()));
    }
    if (task.objectId() != null) {
      TreeSet<Long> ids = byObject.get(task.objectId());
      ids.remove(task.id());
      if (ids.isEmpty()) {
        byObject.remove(task.objectId());
      }
    }
  }

  private static String key(String timeline) {
    return timeline == null ? "" : timeline;
  }
}
