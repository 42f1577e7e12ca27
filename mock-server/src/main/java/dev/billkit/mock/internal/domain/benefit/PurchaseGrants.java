package dev.billkit.mock.internal.domain.benefit;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Work;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The emit hook that ties benefits to one-time purchases: {@code invoice.paid} with {@code
 * billing_reason: purchase} grants the benefits of the products of the invoice's lines; a refund
 * that {@code succeeded} with {@code revoke_benefits} (seen on {@code refund.created}, or on {@code
 * refund.updated} when a pending refund settles) revokes that invoice's grants. Both run inside the
 * unit of work that emitted the event. Immutable and thread-safe.
 */
final class PurchaseGrants {
  private final Grants grants;

  PurchaseGrants(Grants grants) {
    this.grants = grants;
  }

  void emitted(Work work, byte[] eventJson) {
    String head = new String(eventJson, 0, Math.min(eventJson.length, 160), StandardCharsets.UTF_8);
    if (!head.contains("\"type\":\"invoice.paid\"") && !head.contains("\"type\":\"refund.")) {
      return; // most events concern neither; skip parsing them (the envelope starts with its type)
    }
    Map<String, Object> event = Fields.read(eventJson);
    String type = Fields.string(event, "type");
    Map<String, Object> object = Fields.object(Fields.object(event, "data"), "object");
    if (type.equals("invoice.paid") && "purchase".equals(object.get("billing_reason"))) {
      Set<Object> benefits = new LinkedHashSet<>();
      for (Object line : Fields.list(object, "lines")) {
        String price = Fields.string(Fields.asObject(line), "price");
        byte[] priceJson = price == null ? null : work.find(Catalog.PRICES, price);
        if (priceJson == null) {
          continue;
        }
        String product = Fields.string(Fields.read(priceJson), "product");
        byte[] productJson = work.find(Catalog.PRODUCTS, product);
        if (productJson != null) {
          benefits.addAll(Fields.list(Fields.read(productJson), "benefits"));
        }
      }
      String customer = Fields.string(object, "customer");
      if (!benefits.isEmpty() && customer != null) {
        grants.grantAll(work, customer, benefits, null, Fields.string(object, "id"));
      }
    } else if ((type.equals("refund.created") || type.equals("refund.updated"))
        && "succeeded".equals(object.get("status"))
        && Fields.flag(object, "revoke_benefits")
        && object.get("invoice") != null) {
      grants.revokeForInvoice(work, Fields.string(object, "invoice"));
    }
  }
}
