package dev.billkit.mock.internal.tenant;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scheduled piece of domain work, as plain data so that it is saved with {@code --data-dir} and
 * runs the same way every time: a renewal, an expiry, a dunning retry. Immutable.
 *
 * @param id the tenant's sequence number for it, from 1; tasks due at the same second run in id
 *     order
 * @param kind the registered task kind that runs it, e.g. {@code payment_intent.capture_expiry}
 * @param timeline the test clock ({@code clock_…}) it runs by, or null for the account clock
 * @param dueEpochSecond when it runs, in seconds since the epoch on its timeline
 * @param objectId the object it is about (e.g. {@code pi_…}), or null
 * @param args small string arguments, sorted by name; never null
 */
public record Task(
    long id,
    String kind,
    String timeline,
    long dueEpochSecond,
    String objectId,
    Map<String, String> args) {
  public Task {
    // Sorted, so that iterating the arguments is as deterministic as everything else.
    args = Collections.unmodifiableSortedMap(new TreeMap<>(args));
  }

  /** When it is due. */
  public Instant due() {
    return Instant.ofEpochSecond(dueEpochSecond);
  }

  /** One argument, or null. */
  public String arg(String name) {
    return args.get(name);
  }

  /** A one-line description for logs and error messages. */
  public String describe() {
    return "task "
        + id
        + " ("
        + kind
        + (objectId == null ? "" : " of " + objectId)
        + ", due "
        + TenantClock.format(due())
        + (timeline == null ? " on the account clock" : " on test clock " + timeline)
        + ")";
  }
}
