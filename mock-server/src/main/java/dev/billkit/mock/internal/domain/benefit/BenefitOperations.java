package dev.billkit.mock.internal.domain.benefit;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benefit operations. A benefit carries the settings object of its type ({@code license_keys},
 * {@code meter_credit} or {@code custom}; none for {@code feature_flag}) with omitted fields at
 * their defaults; settings of another type are refused. Changes apply to future grants. Deleting a
 * benefit revokes its live grants and takes it off every product.
 */
final class BenefitOperations {
  private static final List<String> SETTINGS = List.of("license_keys", "meter_credit", "custom");
  private static final String PARAM = "benefit";

  private final Grants grants;

  BenefitOperations(Grants grants) {
    this.grants = grants;
  }

  MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    String type = Fields.string(body, "type");
    Map<String, Object> benefit = call.newObject(IdPrefix.BENEFIT, "benefit");
    benefit.put("metadata", Metadata.of(body.get("metadata")));
    benefit.put("type", type);
    benefit.put("description", body.get("description"));
    for (String settings : SETTINGS) {
      benefit.put(settings, settings(call, type, settings, Fields.object(body, settings), true));
    }
    return MockResponse.ok(call.save(Catalog.BENEFITS, benefit));
  }

  MockResponse retrieve(Call call) {
    return MockResponse.ok(call.require(Catalog.BENEFITS, call.pathParam(PARAM), PARAM));
  }

  MockResponse update(Call call) {
    Map<String, Object> body = call.body();
    StoredObject benefit = call.edit(Catalog.BENEFITS, call.pathParam(PARAM), PARAM);
    String type = benefit.string("type");
    for (String settings : SETTINGS) {
      if (body.containsKey(settings)) {
        benefit.set(settings, settings(call, type, settings, Fields.object(body, settings), false));
      }
    }
    benefit.copy(body, "description").mergeMetadata(body.get("metadata"));
    return MockResponse.ok(benefit.save());
  }

  MockResponse delete(Call call) {
    String id = call.pathParam(PARAM);
    call.require(Catalog.BENEFITS, id, PARAM);
    grants.revokeForBenefit(call, id);
    for (Map.Entry<String, byte[]> e : call.table(Catalog.PRODUCTS).entries()) {
      Map<String, Object> product = Fields.read(e.getValue());
      List<Object> benefits = new ArrayList<>(Fields.list(product, "benefits"));
      if (benefits.remove(id)) {
        call.edit(Catalog.PRODUCTS, e.getKey(), "product").set("benefits", benefits).save();
      }
    }
    call.table(Catalog.BENEFITS).remove(id);
    return MockResponse.ok(Fields.deleted(id, "benefit"));
  }

  /**
   * The stored settings object {@code name} of a benefit of {@code type}: the sent one with
   * defaults, null when it belongs to another type.
   *
   * @param creating whether a missing required settings object is an error (on create)
   */
  private static Map<String, Object> settings(
      Call call, String type, String name, Map<String, Object> sent, boolean creating) {
    if (!name.equals(type)) {
      if (sent != null) {
        throw Errors.invalid(
            name,
            "only "
                + name
                + " benefits take "
                + name
                + " settings; this benefit is "
                + type
                + (type.equals("feature_flag") ? ", which takes none" : ", which takes " + type));
      }
      return null;
    }
    if (sent == null && creating && !name.equals("custom")) {
      throw Errors.missing(name, "required for a " + type + " benefit");
    }
    Map<String, Object> in = sent == null ? Map.of() : sent;
    Map<String, Object> out = new LinkedHashMap<>();
    switch (name) {
      case "license_keys":
        for (String f : List.of("prefix", "limit_activations", "limit_usage", "expires_in_days")) {
          out.put(f, in.get(f));
        }
        break;
      case "meter_credit":
        String meter = Fields.string(in, "meter");
        call.require(Catalog.METERS, meter, "meter_credit.meter");
        out.put("meter", meter);
        out.put("units", in.get("units"));
        out.put("rollover", Fields.flag(in, "rollover"));
        break;
      default:
        out.put("note", in.get("note"));
    }
    return out;
  }
}
