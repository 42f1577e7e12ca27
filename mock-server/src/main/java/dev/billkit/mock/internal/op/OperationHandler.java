package dev.billkit.mock.internal.op;

/**
 * The business logic of one spec operation. Called only for requests that passed authentication,
 * routing, fault scripts, validation against the spec and the idempotency check, under the tenant's
 * lock (shared for GET, exclusive otherwise), so a handler sees and changes its tenant's state
 * without further locking. It must be deterministic: it takes time from {@code
 * call.tenant().clock()} and ids from {@code call.tenant().ids()}, never from the wall clock or a
 * random source.
 */
@FunctionalInterface
public interface OperationHandler {
  /**
   * Executes the call.
   *
   * @return the answer; never null
   * @throws ApiError to answer with an error (4xx, or 5xx on purpose)
   */
  MockResponse handle(Call call);
}
