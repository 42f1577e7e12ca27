package dev.billkit.mock.internal.domain.benefit;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.customer.CustomerStates;
import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.Scan;
import dev.billkit.mock.internal.domain.usage.MeterCredits;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Granting and revoking benefits, for every domain that sells them: one-time purchases (here, on
 * {@code invoice.paid}) and subscriptions (the subscriptions work calls {@link #grantProduct} when
 * a subscription starts and {@link #revokeForSubscription} when it is revoked). A grant issues what
 * its benefit gives (a license key, a meter credit), emits {@code benefit_grant.created}; a revoke
 * takes it back (the key becomes {@code revoked}, the credit goes) and emits {@code
 * benefit_grant.revoked}; either is followed by {@code customer.state_changed}. Granting is
 * idempotent per (customer, benefit, subscription, invoice): a live grant is returned as it is.
 * Call inside a unit of work, on the customer's timeline. Immutable and thread-safe.
 */
public final class Grants {
  /** The table of benefit grants. */
  public static final String TABLE = CustomerStates.GRANTS;

  private final CustomerStates states;

  public Grants(CustomerStates states) {
    this.states = states;
  }

  /**
   * Grants one benefit to a customer.
   *
   * @param subscriptionIdOrNull the subscription that grants it, or null
   * @param invoiceIdOrNull the one-time purchase's invoice that grants it, or null
   * @return the grant (a new one, or the live grant of the same scope)
   */
  public Map<String, Object> grant(
      Work work,
      String customerId,
      String benefitId,
      String subscriptionIdOrNull,
      String invoiceIdOrNull) {
    Map<String, Object> grant =
        grantQuietly(work, customerId, benefitId, subscriptionIdOrNull, invoiceIdOrNull);
    if (grant != null) {
      stateChanged(work, customerId);
    }
    return grant == null
        ? live(work, customerId, benefitId, subscriptionIdOrNull, invoiceIdOrNull)
        : grant;
  }

  /**
   * Grants every benefit of a product (its {@code benefits}, in order), with one {@code
   * customer.state_changed} at the end if anything was granted. Returns how many were new.
   */
  public int grantProduct(
      Work work,
      String customerId,
      String productId,
      String subscriptionIdOrNull,
      String invoiceIdOrNull) {
    Map<String, Object> product = Fields.read(work.require(Catalog.PRODUCTS, productId, "product"));
    return grantAll(
        work,
        customerId,
        new LinkedHashSet<>(Fields.list(product, "benefits")),
        subscriptionIdOrNull,
        invoiceIdOrNull);
  }

  /** Revokes one grant, if it is live; returns whether it was. */
  public boolean revoke(Work work, String grantId) {
    String customer = revokeQuietly(work, grantId);
    if (customer != null) {
      stateChanged(work, customer);
    }
    return customer != null;
  }

  /** Revokes every live grant of a subscription; returns how many. */
  public int revokeForSubscription(Work work, String subscriptionId) {
    return revokeWhere(work, g -> subscriptionId.equals(g.get("subscription")));
  }

  /** Revokes every live grant of a one-time purchase's invoice; returns how many. */
  public int revokeForInvoice(Work work, String invoiceId) {
    return revokeWhere(work, g -> invoiceId.equals(g.get("invoice")));
  }

  /** Revokes every live grant of a benefit (it is being deleted); returns how many. */
  int revokeForBenefit(Work work, String benefitId) {
    return revokeWhere(work, g -> benefitId.equals(g.get("benefit")));
  }

  int grantAll(
      Work work, String customerId, Set<Object> benefits, String subscription, String invoice) {
    int granted = 0;
    for (Object benefit : benefits) {
      if (grantQuietly(work, customerId, (String) benefit, subscription, invoice) != null) {
        granted++;
      }
    }
    if (granted > 0) {
      stateChanged(work, customerId);
    }
    return granted;
  }

  private int revokeWhere(Work work, java.util.function.Predicate<Map<String, Object>> match) {
    Set<String> customers = new LinkedHashSet<>();
    int n = 0;
    for (Map<String, Object> g : Scan.newestFirst(work, TABLE, g -> Fields.flag(g, "is_granted"))) {
      if (match.test(g)) {
        customers.add(revokeQuietly(work, (String) g.get("id")));
        n++;
      }
    }
    customers.forEach(c -> stateChanged(work, c));
    return n;
  }

  /** A new grant with its events but no state event; null when a live one already exists. */
  private Map<String, Object> grantQuietly(
      Work work, String customerId, String benefitId, String subscription, String invoice) {
    Customers.require(work, customerId, "customer");
    Map<String, Object> benefit = Fields.read(work.require(Catalog.BENEFITS, benefitId, "benefit"));
    if (live(work, customerId, benefitId, subscription, invoice) != null) {
      return null;
    }
    Map<String, Object> grant = work.newObject(IdPrefix.BENEFIT_GRANT, "benefit_grant");
    String type = Fields.string(benefit, "type");
    grant.put("customer", customerId);
    grant.put("benefit", benefitId);
    grant.put("benefit_type", type);
    grant.put("subscription", subscription);
    grant.put("invoice", invoice);
    grant.put("is_granted", true);
    grant.put("is_revoked", false);
    grant.put("granted_at", grant.get("created_at"));
    grant.put("revoked_at", null);
    String key = null;
    if (type.equals("license_keys")) {
      key =
          LicenseKeys.issue(
              work, customerId, benefitId, Fields.object(benefit, "license_keys"), work.now());
    }
    grant.put("license_key", key);
    if (type.equals("meter_credit")) {
      Map<String, Object> credit = Fields.object(benefit, "meter_credit");
      MeterCredits.grant(
          work,
          (String) grant.get("id"),
          customerId,
          Fields.string(credit, "meter"),
          Fields.amount(credit, "units"));
    }
    work.emit("benefit_grant.created", work.save(TABLE, grant), null);
    return grant;
  }

  /** Revokes a live grant with its event; returns its customer, or null if it was not live. */
  private String revokeQuietly(Work work, String grantId) {
    StoredObject grant = work.edit(TABLE, grantId, "benefit_grant");
    if (!Fields.flag(grant.fields(), "is_granted")) {
      return null;
    }
    grant.set("is_granted", false).set("is_revoked", true).set("revoked_at", work.nowText());
    LicenseKeys.revoke(work, grant.string("license_key"));
    MeterCredits.revoke(work, grantId);
    grant.saveAndEmit("benefit_grant.revoked");
    return grant.string("customer");
  }

  private static Map<String, Object> live(
      Work work, String customerId, String benefitId, String subscription, String invoice) {
    return Scan.first(
        work,
        TABLE,
        g ->
            Fields.flag(g, "is_granted")
                && customerId.equals(g.get("customer"))
                && benefitId.equals(g.get("benefit"))
                && Objects.equals(subscription, g.get("subscription"))
                && Objects.equals(invoice, g.get("invoice")));
  }

  private void stateChanged(Work work, String customerId) {
    if (work.find(Customers.TABLE, customerId) != null) {
      states.emitChanged(work, customerId);
    }
  }
}
