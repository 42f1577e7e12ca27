package dev.billkit.mock.internal.domain.catalog;

import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Create and update of products (no events: the catalogue has none for products). */
final class ProductHandlers {
  private ProductHandlers() {}

  static MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    String interval = Fields.string(body, "recurring_interval");
    if (interval == null) {
      for (String field : List.of("recurring_interval_count", "trial_period_days")) {
        if (body.containsKey(field)) {
          throw Errors.invalid(
              field, "only for a subscription product; give recurring_interval too");
        }
      }
    }
    Map<String, Object> product = call.newObject(IdPrefix.PRODUCT, "product");
    product.put("metadata", Metadata.of(body.get("metadata")));
    product.put("name", body.get("name"));
    product.put("description", body.get("description"));
    product.put("is_archived", false);
    product.put("recurring_interval", interval);
    product.put(
        "recurring_interval_count",
        interval == null
            ? null
            : body.containsKey("recurring_interval_count")
                ? body.get("recurring_interval_count")
                : (Object) 1L);
    product.put("trial_period_days", body.get("trial_period_days"));
    product.put("benefits", benefits(call, body));
    return MockResponse.ok(call.save(Catalog.PRODUCTS, product));
  }

  static MockResponse update(Call call) {
    StoredObject product = call.edit(Catalog.PRODUCTS, call.pathParam("product"), "product");
    Map<String, Object> body = call.body();
    if (body.containsKey("trial_period_days") && product.get("recurring_interval") == null) {
      throw Errors.invalid(
          "trial_period_days",
          "product " + product.id() + " is a one-time product; trials are for subscriptions");
    }
    if (body.containsKey("benefits")) {
      product.set("benefits", benefits(call, body));
    }
    product
        .copy(body, "name", "description", "is_archived", "trial_period_days")
        .mergeMetadata(body.get("metadata"));
    return MockResponse.ok(product.save());
  }

  /** The benefits of the body, each checked to exist (404 {@code benefits[i]}). */
  private static List<Object> benefits(Work work, Map<String, Object> body) {
    List<Object> benefits = new ArrayList<>();
    List<Object> given = Fields.list(body, "benefits");
    for (int i = 0; i < given.size(); i++) {
      String id = (String) given.get(i);
      work.require(Catalog.BENEFITS, id, "benefits[" + i + "]");
      if (benefits.contains(id)) {
        throw Errors.invalid("benefits[" + i + "]", "benefit " + id + " is listed twice");
      }
      benefits.add(id);
    }
    return benefits;
  }
}
