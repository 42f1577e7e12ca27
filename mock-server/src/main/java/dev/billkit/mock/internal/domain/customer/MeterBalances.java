package dev.billkit.mock.internal.domain.customer;

import dev.billkit.mock.internal.op.Work;
import java.util.List;
import java.util.Map;

/**
 * THE SEAM FOR METERS in the customer state: the {@code meters} array of {@code CustomerState}
 * ({@code GET /v1/customers/{customer}/state} and every {@code customer.state_changed} event). The
 * usage-metering work implements it and passes it to {@link CustomerStates}, where {@code
 * BuiltInDomains} builds them; until then it is {@link #NONE}.
 *
 * <p>Implementations read the tenant's tables through {@code work} and must not write (the state is
 * also built for a GET, under the tenant's shared lock). Stateless implementations are thread-safe.
 */
@FunctionalInterface
public interface MeterBalances {
  /** No meters: an empty list for every customer. */
  MeterBalances NONE = (work, customer) -> List.of();

  /**
   * The customer's balances, one {@code CustomerMeter} map ({@code meter}, {@code consumed_units},
   * {@code credited_units}, {@code balance}) per meter with usage or credits in the current period.
   *
   * @param customer the customer object as stored (its {@code id}, {@code test_clock}…)
   */
  List<Map<String, Object>> of(Work work, Map<String, Object> customer);
}
