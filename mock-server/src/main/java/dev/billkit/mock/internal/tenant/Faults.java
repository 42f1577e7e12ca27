package dev.billkit.mock.internal.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tenant's armed fault scripts, applied oldest first. Thread-safe. */
public final class Faults {
  private final Ids ids;
  private final TenantClock clock;
  private final List<FaultScript> scripts = new ArrayList<>();
  private final List<int[]> remaining = new ArrayList<>();

  Faults(Ids ids, TenantClock clock) {
    this.ids = ids;
    this.clock = clock;
  }

  /** Arms a script and returns it with its id. */
  public synchronized FaultScript arm(String method, String path, int count, FaultAction action) {
    FaultScript script =
        new FaultScript(ids.next(IdPrefix.FAULT), method, path, count, action, clock.epochSecond());
    scripts.add(script);
    remaining.add(new int[] {count});
    return script;
  }

  /**
   * Takes one use of the oldest script matching a request, or returns null. A script is removed
   * once it has been applied {@code count} times.
   *
   * @param template the billing path template the request was routed to, or null
   */
  public synchronized FaultScript take(String method, String path, String template) {
    for (int i = 0; i < scripts.size(); i++) {
      FaultScript script = scripts.get(i);
      if (script.matches(method, path, template)) {
        if (--remaining.get(i)[0] == 0) {
          scripts.remove(i);
          remaining.remove(i);
        }
        return script;
      }
    }
    return null;
  }

  /** The armed scripts, oldest first, with the uses each has left. */
  public synchronized List<Map.Entry<FaultScript, Integer>> list() {
    List<Map.Entry<FaultScript, Integer>> out = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      out.add(Map.entry(scripts.get(i), remaining.get(i)[0]));
    }
    return out;
  }

  /** Disarms every script; returns how many there were. */
  public synchronized int clear() {
    int n = scripts.size();
    scripts.clear();
    remaining.clear();
    return n;
  }
}
