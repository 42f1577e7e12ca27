package dev.billkit.mock.internal.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One kind of resource of one tenant: objects by id, each held as its encoded JSON (exactly the
 * bytes a GET answers), in insertion order. Lists go newest first with id cursors, and stay stable
 * while objects are added (a cursor is a position in insertion order, not an offset).
 *
 * <p>Every change hands its inverse to the store's undo sink, so that a unit of work that fails is
 * taken back exactly (same bytes, same list order).
 *
 * <p>Not thread-safe: handlers reach it under the tenant's lock (shared for reads, exclusive for
 * writes).
 */
public final class Table {
  private final String name;
  private final Consumer<Runnable> undo;
  private final Map<String, Slot> byId = new HashMap<>();
  private final ArrayList<Slot> order = new ArrayList<>();
  private long nextSeq;
  private int removed;

  Table(String name, Consumer<Runnable> undo) {
    this.name = name;
    this.undo = undo;
  }

  /** The resource name, e.g. {@code customer}. */
  public String name() {
    return name;
  }

  /** The object's JSON, or null if there is none with this id. */
  public byte[] get(String id) {
    Slot slot = byId.get(id);
    return slot == null ? null : slot.json;
  }

  /** Whether an object with this id exists. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * Stores an object: a new id goes to the front of lists, an existing id keeps its place.
   *
   * @param json the encoded object; the table keeps this array, so the caller must not change it
   */
  public void put(String id, byte[] json) {
    Slot slot = byId.get(id);
    if (slot != null) {
      byte[] old = slot.json;
      slot.json = json;
      undo.accept(() -> slot.json = old);
      return;
    }
    Slot added = new Slot(id, nextSeq++, json);
    byId.put(id, added);
    order.add(added);
    undo.accept(
        () -> {
          byId.remove(id);
          order.remove(position(added));
          nextSeq--;
        });
  }

  /** Removes an object; returns whether it existed. */
  public boolean remove(String id) {
    Slot slot = byId.remove(id);
    if (slot == null) {
      return false;
    }
    byte[] old = slot.json;
    slot.json = null;
    if (++removed > 64 && removed > order.size() / 2) {
      order.removeIf(s -> s.json == null);
      removed = 0;
    }
    undo.accept(() -> restore(slot, old));
    return true;
  }

  /** Puts a removed slot back where its sequence number says, even if compaction dropped it. */
  private void restore(Slot slot, byte[] json) {
    slot.json = json;
    byId.put(slot.id, slot);
    int at = position(slot);
    if (at >= 0) {
      removed--;
    } else {
      order.add(-at - 1, slot);
    }
  }

  /** How many objects there are. */
  public int size() {
    return byId.size();
  }

  /**
   * One page, newest first.
   *
   * @param limit 1..100
   * @param startingAfter an id: the page holds the objects older than it; or null
   * @param endingBefore an id: the page holds the objects just newer than it; or null
   * @param filter which objects to include (gets the encoded JSON); null for all
   * @throws UnknownCursorException if a cursor names no object of this table
   */
  public Page page(int limit, String startingAfter, String endingBefore, Predicate<byte[]> filter) {
    List<byte[]> data = new ArrayList<>(Math.min(limit, 16));
    boolean hasMore = false;
    if (endingBefore != null) {
      int from = indexOf(endingBefore, "ending_before");
      List<byte[]> newer = new ArrayList<>();
      for (int i = from + 1; i < order.size(); i++) {
        byte[] json = order.get(i).json;
        if (json != null && (filter == null || filter.test(json))) {
          if (newer.size() == limit) {
            hasMore = true;
            break;
          }
          newer.add(json);
        }
      }
      for (int i = newer.size() - 1; i >= 0; i--) {
        data.add(newer.get(i));
      }
      return new Page(data, hasMore);
    }
    int start =
        startingAfter == null ? order.size() - 1 : indexOf(startingAfter, "starting_after") - 1;
    for (int i = start; i >= 0; i--) {
      byte[] json = order.get(i).json;
      if (json != null && (filter == null || filter.test(json))) {
        if (data.size() == limit) {
          hasMore = true;
          break;
        }
        data.add(json);
      }
    }
    return new Page(data, hasMore);
  }

  /** Every object, oldest first (for saving state). */
  public List<Map.Entry<String, byte[]>> entries() {
    List<Map.Entry<String, byte[]>> out = new ArrayList<>(byId.size());
    for (Slot slot : order) {
      if (slot.json != null) {
        out.add(Map.entry(slot.id, slot.json));
      }
    }
    return out;
  }

  private int indexOf(String id, String param) {
    Slot slot = byId.get(id);
    if (slot == null) {
      throw new UnknownCursorException(param, id);
    }
    int at = position(slot);
    if (at < 0) {
      throw new IllegalStateException("table " + name + " lost the order of " + id);
    }
    return at;
  }

  /** The slot's index in {@link #order}, or {@code -(insertion point) - 1} if it is not there. */
  private int position(Slot slot) {
    int lo = 0;
    int hi = order.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long seq = order.get(mid).seq;
      if (seq < slot.seq) {
        lo = mid + 1;
      } else if (seq > slot.seq) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -lo - 1;
  }

  /** One page of a list: the objects' JSON, newest first, and whether more follow. */
  public record Page(List<byte[]> data, boolean hasMore) {}

  private static final class Slot {
    final String id;
    final long seq;
    byte[] json;

    Slot(String id, long seq, byte[] json) {
      this.id = id;
      this.seq = seq;
      this.json = json;
    }
  }
}
