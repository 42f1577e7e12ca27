package dev.billkit.mock.internal.tenant;

import java.util.ArrayList;

/**
 * What makes a tenant's units of work all-or-nothing. While a unit is open, every change to the
 * tenant's durable state (tables, id counters, scheduled tasks) records how to take it back; a
 * rollback undoes them newest first, a commit forgets them. Changes are applied in place, which is
 * equivalent to buffering them: a unit only runs under the tenant's exclusive lock, so nobody can
 * see a change before the unit commits or after it rolls back.
 *
 * <p>Only the thread that opened the unit records. Changes made by other threads (the admin API
 * arming a fault script, say) are not part of the unit and are never undone by it. With no unit
 * open, changes are permanent (restoring state, admin settings).
 *
 * <p>Not thread-safe beyond that: open, record, commit and rollback come from the owning thread.
 */
public final class UndoLog {
  private final ArrayList<Runnable> undo = new ArrayList<>();
  private volatile Thread owner;

  UndoLog() {}

  /**
   * Opens a unit owned by the calling thread.
   *
   * @throws IllegalStateException if a unit is already open: units do not nest
   */
  public void open() {
    if (owner != null) {
      throw new IllegalStateException(
          "a unit of work is already open on " + owner.getName() + "; units do not nest");
    }
    undo.clear();
    owner = Thread.currentThread();
  }

  /** Whether the calling thread has a unit open. */
  public boolean isOpenHere() {
    return owner == Thread.currentThread();
  }

  /**
   * Records how to take back a change just made; does nothing unless the calling thread has a unit
   * open.
   */
  public void record(Runnable undoAction) {
    if (owner == Thread.currentThread()) {
      undo.add(undoAction);
    }
  }

  /** Keeps every change made since the unit opened (or the last commit); the unit stays open. */
  public void commit() {
    requireOwner();
    undo.clear();
  }

  /**
   * Takes back every change made since the unit opened (or the last commit), newest first; the unit
   * stays open.
   */
  public void rollback() {
    requireOwner();
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
    undo.clear();
  }

  /**
   * Closes the unit. Changes not committed yet are rolled back first, so that an escaping error can
   * never leave half a unit behind.
   */
  public void close() {
    if (owner != Thread.currentThread()) {
      return;
    }
    try {
      rollback();
    } finally {
      owner = null;
    }
  }

  /** How many changes the open unit would undo (for tests). */
  public int pending() {
    return undo.size();
  }

  private void requireOwner() {
    if (owner != Thread.currentThread()) {
      throw new IllegalStateException("no unit of work is open on this thread");
    }
  }
}
