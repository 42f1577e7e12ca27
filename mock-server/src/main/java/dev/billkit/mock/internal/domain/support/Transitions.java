package dev.billkit.mock.internal.domain.support;

import dev.billkit.mock.internal.op.ApiError;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource's state machine as the calls each status allows (billing-domain.md §3), used to
 * reject a call in the wrong status with 400 {@code invalid_state_transition} naming the current
 * status and the calls it allows. Immutable and thread-safe.
 */
public final class Transitions {
  private final String resource;
  private final Map<String, List<String>> allowed;

  /**
   * @param resource how messages name the resource, e.g. {@code payment intent}
   * @param allowed for each status, the calls allowed in it (statuses absent allow none)
   */
  public Transitions(String resource, Map<String, List<String>> allowed) {
    this.resource = resource;
    this.allowed = Map.copyOf(allowed);
  }

  /** Throws unless {@code call} is allowed in {@code status}. */
  public void require(String id, String status, String call) {
    List<String> calls = allowed.getOrDefault(status, List.of());
    if (!calls.contains(call)) {
      throw ApiError.invalidState(resource, id, status, call, calls);
    }
  }

  /** Throws unless {@code status} is one of {@code statuses} (for calls with extra rules). */
  public void requireIn(String id, String status, String call, Set<String> statuses) {
    if (!statuses.contains(status)) {
      throw ApiError.invalidState(
          resource, id, status, call, allowed.getOrDefault(status, List.of()));
    }
  }
}
