package dev.billkit.mock.internal.domain.catalog;

import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.List;
import java.util.Map;

/**
 * Create and update of prices. Amounts are fixed at creation: the update schema accepts only {@code
 * is_archived} and {@code metadata}. No events (the catalogue has none for prices).
 */
final class PriceHandlers {
  private static final List<String> CUSTOM_FIELDS =
      List.of("minimum_amount", "maximum_amount", "preset_amount");
  private static final List<String> METERED_FIELDS =
      List.of("meter", "unit_amount_decimal", "cap_amount");

  private PriceHandlers() {}

  static MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    String productId = Fields.string(body, "product");
    Map<String, Object> product = Fields.read(call.require(Catalog.PRODUCTS, productId, "product"));
    if (Fields.flag(product, "is_archived")) {
      throw Errors.archived(
          "product", "product " + productId + " is archived; unarchive it to add prices");
    }
    String amountType = Fields.string(body, "amount_type");
    String interval = Fields.string(product, "recurring_interval");
    Map<String, Object> price = call.newObject(IdPrefix.PRICE, "price");
    price.put("metadata", Metadata.of(body.get("metadata")));
    price.put("product", productId);
    price.put("type", interval == null ? "one_time" : "recurring");
    price.put("amount_type", amountType);
    price.put("currency", body.get("currency"));
    price.put("unit_amount", null);
    price.put("minimum_amount", null);
    price.put("maximum_amount", null);
    price.put("preset_amount", null);
    price.put("meter", null);
    price.put("unit_amount_decimal", null);
    price.put("cap_amount", null);
    switch (amountType) {
      case "fixed":
        onlyFor(body, "custom", CUSTOM_FIELDS);
        onlyFor(body, "metered_unit", METERED_FIELDS);
        if (!body.containsKey("unit_amount")) {
          throw Errors.missing("unit_amount", "required for a fixed price");
        }
        Errors.requireAmount("unit_amount", Fields.amount(body, "unit_amount"), true);
        price.put("unit_amount", body.get("unit_amount"));
        break;
      case "custom":
        onlyFor(body, "fixed", List.of("unit_amount"));
        onlyFor(body, "metered_unit", METERED_FIELDS);
        custom(body, price);
        break;
      default:
        onlyFor(body, "fixed", List.of("unit_amount"));
        onlyFor(body, "custom", CUSTOM_FIELDS);
        metered(call, body, interval, price);
    }
    price.put("recurring_interval", interval);
    price.put("recurring_interval_count", product.get("recurring_interval_count"));
    price.put("is_archived", false);
    return MockResponse.ok(call.save(Catalog.PRICES, price));
  }

  private static void custom(Map<String, Object> body, Map<String, Object> price) {
    long minimum =
        body.containsKey("minimum_amount")
            ? Fields.amount(body, "minimum_amount")
            : Errors.MINIMUM_AMOUNT;
    Long maximum = (Long) body.get("maximum_amount");
    if (maximum != null && maximum < minimum) {
      throw Errors.invalid(
          "maximum_amount",
          "must be at least minimum_amount " + minimum + " (got " + maximum + ")");
    }
    Long preset = (Long) body.get("preset_amount");
    if (preset != null && (preset < minimum || (maximum != null && preset > maximum))) {
      throw Errors.invalid(
          "preset_amount",
          "must lie between minimum_amount "
              + minimum
              + " and maximum_amount "
              + (maximum == null ? "(none)" : maximum)
              + " (got "
              + preset
              + ")");
    }
    price.put("minimum_amount", minimum);
    price.put("maximum_amount", maximum);
    price.put("preset_amount", preset);
  }

  private static void metered(
      Call call, Map<String, Object> body, String interval, Map<String, Object> price) {
    if (interval == null) {
      throw Errors.invalid(
          "product",
          "metered_unit prices bill usage per period, so they need a product with"
              + " recurring_interval");
    }
    if (!body.containsKey("meter")) {
      throw Errors.missing("meter", "required for a metered_unit price");
    }
    if (!body.containsKey("unit_amount_decimal")) {
      throw Errors.missing("unit_amount_decimal", "required for a metered_unit price");
    }
    String meterId = Fields.string(body, "meter");
    Map<String, Object> meter = Fields.read(call.require(Catalog.METERS, meterId, "meter"));
    if (!"active".equals(meter.get("status"))) {
      throw Errors.archived(
          "meter", "meter " + meterId + " is " + meter.get("status") + "; use an active meter");
    }
    if (body.containsKey("cap_amount")) {
      Errors.requireAmount("cap_amount", Fields.amount(body, "cap_amount"), true);
    }
    price.put("meter", meterId);
    price.put("unit_amount_decimal", body.get("unit_amount_decimal"));
    price.put("cap_amount", body.get("cap_amount"));
  }

  private static void onlyFor(Map<String, Object> body, String amountType, List<String> fields) {
    for (String field : fields) {
      if (body.containsKey(field)) {
        throw Errors.invalid(
            field,
            "only for amount_type "
                + amountType
                + " (got amount_type "
                + body.get("amount_type")
                + ")");
      }
    }
  }

  static MockResponse update(Call call) {
    StoredObject price = call.edit(Catalog.PRICES, call.pathParam("price"), "price");
    Map<String, Object> body = call.body();
    if (Boolean.FALSE.equals(body.get("is_archived"))) {
      Map<String, Object> product =
          Fields.read(call.require(Catalog.PRODUCTS, price.string("product"), "product"));
      if (Fields.flag(product, "is_archived")) {
        throw Errors.archived(
            "is_archived",
            "product "
                + product.get("id")
                + " is archived; unarchive the product before its prices");
      }
    }
    price.copy(body, "is_archived").mergeMetadata(body.get("metadata"));
    return MockResponse.ok(price.save());
  }
}
