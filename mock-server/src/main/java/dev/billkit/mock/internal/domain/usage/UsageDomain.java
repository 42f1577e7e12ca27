package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;

/**
 * Meters and usage events (billing-domain.md §7): the five meter operations and batch ingestion.
 * Other domains use {@link Meters#quantity} (metered prices), {@link UsageBalances} (the customer
 * state's meters) and {@link MeterCredits} (meter_credit benefits). Stateless and thread-safe.
 */
public final class UsageDomain implements Domain {
  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createMeter", MeterOperations::create)
        .on("retrieveMeter", MeterOperations::retrieve)
        .on("updateMeter", MeterOperations::update)
        .on("listMeters", ListHandler.of(Meters.TABLE).equal("status"))
        .on("retrieveMeterQuantities", MeterOperations::quantities)
        .on("ingestUsageEvents", UsageEvents::ingest)
        .on("listUsageEvents", UsageEvents::list);
  }
}
