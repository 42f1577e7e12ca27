package dev.billkit.mock.internal.domain.benefit;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;

/**
 * Benefits, benefit grants and license keys: the benefit and license key operations, the grant
 * list, and the grants of one-time purchases ({@link PurchaseGrants}). Other domains grant and
 * revoke through {@link #grants()}. Register it after the webhook domain (its emit hook emits
 * events). Immutable and thread-safe.
 */
public final class BenefitDomain implements Domain {
  private final Grants grants;

  /**
   * @param states the customer-state view, for {@code customer.state_changed} after each change
   */
  public BenefitDomain(CustomerStates states) {
    this.grants = new Grants(states);
  }

  /** Granting and revoking benefits, for the domains that sell them. */
  public Grants grants() {
    return grants;
  }

  @Override
  public void register(Handlers handlers) {
    BenefitOperations benefits = new BenefitOperations(grants);
    handlers
        .on("createBenefit", benefits::create)
        .on("retrieveBenefit", benefits::retrieve)
        .on("updateBenefit", benefits::update)
        .on("deleteBenefit", benefits::delete)
        .on("listBenefits", ListHandler.of(Catalog.BENEFITS).equal("type"))
        .on(
            "listBenefitGrants",
            ListHandler.of(Grants.TABLE).equal("customer").equal("benefit").equal("is_granted"))
        .on("retrieveLicenseKey", LicenseKeyOperations::retrieve)
        .on("updateLicenseKey", LicenseKeyOperations::update)
        .on(
            "listLicenseKeys",
            ListHandler.of(LicenseKeys.TABLE).equal("customer").equal("benefit").equal("status"))
        .on("validateLicenseKey", LicenseKeyOperations::validate)
        .on("activateLicenseKey", LicenseKeyOperations::activate)
        .on("deactivateLicenseKey", LicenseKeyOperations::deactivate);
    handlers.onEmit(new PurchaseGrants(grants)::emitted);
  }
}
