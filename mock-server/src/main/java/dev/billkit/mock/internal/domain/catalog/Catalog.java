package dev.billkit.mock.internal.domain.catalog;

import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/**
 * Products and prices as the purchase domains use them: the checks that a price can be bought now.
 * Stateless.
 */
public final class Catalog {
  /** The table of products. */
  public static final String PRODUCTS = "product";

  /** The table of prices. */
  public static final String PRICES = "price";

  /** The table of meters (filled by the usage-metering work). */
  public static final String METERS = "meter";

  /** The table of benefits (filled by the benefits work). */
  public static final String BENEFITS = "benefit";

  private Catalog() {}

  /** A price and its product, as stored. */
  public record Purchasable(Map<String, Object> price, Map<String, Object> product) {
    public String priceId() {
      return (String) price.get("id");
    }

    /** Whether buying it starts a subscription. */
    public boolean recurring() {
      return "recurring".equals(price.get("type"));
    }
  }

  /**
   * A price that can be bought now (404 naming {@code param} if missing; 400 {@code
   * resource_archived} if it or its product is archived).
   */
  public static Purchasable requirePurchasable(Work work, String priceId, String param) {
    Map<String, Object> price = Fields.read(work.require(PRICES, priceId, param));
    Map<String, Object> product =
        Fields.read(work.require(PRODUCTS, (String) price.get("product"), "product"));
    if (Fields.flag(price, "is_archived")) {
      throw Errors.archived(
          param, "price " + priceId + " is archived and can't be bought; use an active price");
    }
    if (Fields.flag(product, "is_archived")) {
      throw Errors.archived(
          param,
          "product "
              + product.get("id")
              + " of price "
              + priceId
              + " is archived, so its prices can't be bought");
    }
    return new Purchasable(price, product);
  }
}
