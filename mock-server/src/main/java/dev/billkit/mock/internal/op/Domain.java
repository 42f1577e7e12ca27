package dev.billkit.mock.internal.op;

/**
 * A set of operation handlers, e.g. the purchase path or a test fixture. A domain registers its
 * handlers by operationId; the server refuses to start if an id is not in the spec.
 */
@FunctionalInterface
public interface Domain {
  /** Registers this domain's handlers. */
  void register(Handlers handlers);
}
