package dev.billkit.mock.internal.domain.customer;

import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/**
 * THE SEAM FOR SUBSCRIPTIONS when a customer is deleted: told before anything of the customer goes
 * (and so before its payment methods are detached and {@code customer.deleted} is emitted), inside
 * the deleting unit of work. The subscriptions work registers one that cancels the customer's live
 * subscriptions immediately ({@code subscription.updated}, {@code .canceled}, {@code .revoked},
 * cause {@code customer_deleted}); pass it to {@link CustomerDomain}.
 */
@FunctionalInterface
public interface CustomerDeletionHook {
  /**
   * @param customer the customer being deleted, as stored
   */
  void deleting(Work work, Map<String, Object> customer);
}
