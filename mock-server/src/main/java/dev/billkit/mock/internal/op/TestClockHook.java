package dev.billkit.mock.internal.op;

/**
 * Told when a test clock is deleted (by {@code DELETE /v1/test_helpers/test_clocks/{id}} or when
 * its {@code deletes_after} passes), before the clock and its timeline's tasks go. The customer
 * domain registers one that deletes the customers attached to the clock. It runs inside the
 * deleting unit of work: throwing rolls the whole deletion back.
 */
@FunctionalInterface
public interface TestClockHook {
  /**
   * @param work the unit of work deleting the clock (a request or a task)
   * @param testClockId the clock being deleted, still readable in the {@code test_clock} table
   */
  void deleting(Work work, String testClockId);
}
