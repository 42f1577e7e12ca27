package dev.billkit.mock.internal.domain.benefit;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The license key operations. Validate, activate and deactivate find a key by its string and act on
 * its customer's clock. A key is valid when it is {@code granted} and not expired; validate also
 * checks the optional benefit, customer, activation and usage limit. Failures are 400 {@code
 * license_key_invalid} (or {@code license_key_usage_limit_reached}, {@code
 * license_key_activation_limit_reached}) saying why, and change nothing.
 */
final class LicenseKeyOperations {
  private static final String PARAM = "license_key";

  private LicenseKeyOperations() {}

  static MockResponse retrieve(Call call) {
    return MockResponse.ok(call.require(LicenseKeys.TABLE, call.pathParam(PARAM), PARAM));
  }

  static MockResponse update(Call call) {
    Map<String, Object> body = call.body();
    StoredObject lk = call.edit(LicenseKeys.TABLE, call.pathParam(PARAM), PARAM);
    if (lk.string("status").equals("revoked")) {
      throw ApiError.invalidState("license key", lk.id(), "revoked", "update", List.of());
    }
    Object limit = body.get("limit_activations");
    int active = Fields.list(lk.fields(), "activations").size();
    if (limit != null && (Long) limit < active) {
      throw Errors.invalid(
          "limit_activations",
          "the key has "
              + active
              + " activations; deactivate some before lowering the limit to "
              + limit);
    }
    lk.copy(body, "status", "usage", "limit_activations", "limit_usage");
    if (body.containsKey("expires_at")) {
      Object at = body.get("expires_at");
      lk.set("expires_at", at == null ? null : Times.format(Times.parse((String) at)));
    }
    return MockResponse.ok(lk.save());
  }

  static MockResponse validate(Call call) {
    Map<String, Object> body = call.body();
    StoredObject lk = usable(call, body);
    String benefit = Fields.string(body, "benefit");
    if (benefit != null && !benefit.equals(lk.string("benefit"))) {
      throw invalid("benefit", "the key was not issued by benefit " + benefit);
    }
    String customer = Fields.string(body, "customer");
    if (customer != null && !customer.equals(lk.string("customer"))) {
      throw invalid("customer", "the key does not belong to customer " + customer);
    }
    Map<String, Object> activation = null;
    String activationId = Fields.string(body, "activation_id");
    if (activationId != null) {
      activation = activation(lk, activationId);
      if (activation == null) {
        throw invalid("activation_id", "the key has no activation " + activationId);
      }
    }
    long increment = Fields.amount(body, "increment_usage");
    long usage = Fields.amount(lk.fields(), "usage") + increment;
    Object limit = lk.get("limit_usage");
    if (increment > 0 && limit != null && usage > (Long) limit) {
      throw ApiError.invalidRequest(
          "license_key_usage_limit_reached",
          "increment_usage: the key has used "
              + lk.get("usage")
              + " of its "
              + limit
              + "; adding "
              + increment
              + " would go over the limit",
          "increment_usage");
    }
    lk.set("usage", usage)
        .set("validations", Fields.amount(lk.fields(), "validations") + 1)
        .set("last_validated_at", call.nowText());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("object", "validated_license_key");
    out.put("license_key", Fields.read(lk.save()));
    out.put("activation", activation);
    return MockResponse.ok(out);
  }

  static MockResponse activate(Call call) {
    Map<String, Object> body = call.body();
    StoredObject lk = usable(call, body);
    List<Object> activations = new ArrayList<>(Fields.list(lk.fields(), "activations"));
    Object limit = lk.get("limit_activations");
    if (limit != null && activations.size() >= (Long) limit) {
      throw ApiError.invalidRequest(
          "license_key_activation_limit_reached",
          "key: all "
              + limit
              + " activations of the key are in use; deactivate one (POST"
              + " /v1/license_keys/deactivate) or raise limit_activations",
          "key");
    }
    Map<String, Object> activation = new LinkedHashMap<>();
    activation.put("id", call.newId(IdPrefix.LICENSE_KEY_ACTIVATION));
    activation.put("object", "license_key_activation");
    activation.put("created_at", call.nowText());
    activation.put("license_key", lk.id());
    activation.put("label", body.get("label"));
    activation.put("meta", body.getOrDefault("meta", Map.of()));
    activations.add(activation);
    lk.set("activations", activations).save();
    return MockResponse.ok(activation);
  }

  static MockResponse deactivate(Call call) {
    Map<String, Object> body = call.body();
    StoredObject lk = find(call, Fields.string(body, "key"));
    String activationId = Fields.string(body, "activation_id");
    Map<String, Object> activation = activation(lk, activationId);
    if (activation == null) {
      throw ApiError.notFound("license key activation", "activation_id", activationId);
    }
    List<Object> activations = new ArrayList<>(Fields.list(lk.fields(), "activations"));
    activations.remove(activation);
    return MockResponse.ok(lk.set("activations", activations).save());
  }

  /** The key, on its customer's clock, if it is granted and not expired. */
  private static StoredObject usable(Call call, Map<String, Object> body) {
    StoredObject lk = find(call, Fields.string(body, "key"));
    String status = lk.string("status");
    if (status.equals("revoked")) {
      throw invalid("key", "the key is revoked (its benefit grant was revoked)");
    }
    if (status.equals("disabled")) {
      throw invalid("key", "the key is disabled; enable it with status=granted to use it");
    }
    String expires = lk.string("expires_at");
    if (expires != null && !call.now().isBefore(Times.parse(expires))) {
      throw invalid("key", "the key expired at " + expires);
    }
    return lk;
  }

  private static StoredObject find(Call call, String key) {
    Map<String, Object> lk = LicenseKeys.byKey(call, key);
    if (lk == null) {
      throw new ApiError(
          404,
          "invalid_request_error",
          "resource_missing",
          "key: no license key of this account has this key",
          "key",
          null,
          List.of(),
          Map.of());
    }
    byte[] customer = call.find(Customers.TABLE, Fields.string(lk, "customer"));
    if (customer != null) {
      Customers.useClockOf(call, Fields.read(customer));
    }
    return call.edit(LicenseKeys.TABLE, Fields.string(lk, "id"), "key");
  }

  private static Map<String, Object> activation(StoredObject lk, String id) {
    for (Object a : Fields.list(lk.fields(), "activations")) {
      if (id.equals(Fields.asObject(a).get("id"))) {
        return Fields.asObject(a);
      }
    }
    return null;
  }

  private static ApiError invalid(String param, String why) {
    return ApiError.invalidRequest("license_key_invalid", param + ": " + why, param);
  }
}
