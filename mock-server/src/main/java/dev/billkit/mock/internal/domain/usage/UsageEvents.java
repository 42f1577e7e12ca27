package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.domain.support.SideTable;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.spec.FieldError;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingesting and listing usage events. A batch is all or nothing: every event is checked first
 * (customer given exactly once and known; timestamp not in the future and at most {@link #MAX_AGE}
 * old by the customer's clock) and one bad event rejects the batch with every problem listed.
 * {@code external_id}s are remembered forever per account: a repeat, in this batch or an earlier
 * one, is counted as a duplicate and not stored.
 */
final class UsageEvents {
  static final Duration MAX_AGE = Duration.ofDays(35);
  private static final SideTable EXTERNAL_IDS = new SideTable("_usage_event_external_id");

  private UsageEvents() {}

  static MockResponse ingest(Call call) {
    List<Object> sent = Fields.list(call.body(), "events");
    List<FieldError> errors = new ArrayList<>();
    List<Map<String, Object>> customers = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      Map<String, Object> event = Fields.asObject(sent.get(i));
      Map<String, Object> customer = customer(call, event, "events[" + i + "]", errors);
      customers.add(customer);
      times.add(customer == null ? null : timestamp(call, event, customer, i, errors));
    }
    if (!errors.isEmpty()) {
      throw ApiError.validation(errors);
    }
    long inserted = 0;
    long duplicates = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sent.size(); i++) {
      Map<String, Object> event = Fields.asObject(sent.get(i));
      String externalId = Fields.string(event, "external_id");
      if (externalId != null
          && (!seen.add(externalId) || EXTERNAL_IDS.get(call, externalId) != null)) {
        duplicates++;
        continue;
      }
      Map<String, Object> customer = customers.get(i);
      Map<String, Object> usage = call.newObject(IdPrefix.USAGE_EVENT, "usage_event");
      usage.put("created_at", Times.format(call.nowFor(Fields.string(customer, "test_clock"))));
      usage.put("name", event.get("name"));
      usage.put("customer", customer.get("id"));
      usage.put("external_customer_id", event.get("external_customer_id"));
      usage.put("timestamp", Times.format(times.get(i)));
      usage.put("external_id", externalId);
      usage.put("metadata", event.getOrDefault("metadata", Map.of()));
      call.save(Meters.USAGE_EVENTS, usage);
      if (externalId != null) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("usage_event", usage.get("id"));
        EXTERNAL_IDS.put(call, externalId, index);
      }
      inserted++;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("object", "usage_event_ingest_result");
    result.put("inserted", inserted);
    result.put("duplicates", duplicates);
    return MockResponse.ok(result);
  }

  static MockResponse list(Call call) {
    String external = (String) call.query("external_customer_id");
    String resolved = external == null ? null : Customers.idByExternalId(call, external);
    return ListHandler.of(Meters.USAGE_EVENTS)
        .equal("customer")
        .equal("name")
        .where(
            "external_customer_id",
            (e, v) -> resolved != null && resolved.equals(e.get("customer")))
        .handle(call);
  }

  private static Map<String, Object> customer(
      Call call, Map<String, Object> event, String at, List<FieldError> errors) {
    String id = Fields.string(event, "customer");
    String external = Fields.string(event, "external_customer_id");
    if (id != null && external != null) {
      errors.add(
          new FieldError(
              at + ".external_customer_id",
              "parameters_exclusive",
              at + ": give customer or external_customer_id, not both"));
      return null;
    }
    if (id == null && external == null) {
      errors.add(
          new FieldError(
              at + ".customer",
              "parameter_missing",
              at + ": give customer (cus_…) or external_customer_id"));
      return null;
    }
    if (id == null) {
      id = Customers.idByExternalId(call, external);
      if (id == null) {
        errors.add(
            new FieldError(
                at + ".external_customer_id",
                "resource_missing",
                at + ".external_customer_id: no customer has external_id '" + external + "'"));
        return null;
      }
    }
    byte[] json = call.find(Customers.TABLE, id);
    if (json == null) {
      errors.add(
          new FieldError(
              at + ".customer",
              "resource_missing",
              at + ".customer: No such customer: '" + id + "'"));
      return null;
    }
    return Fields.read(json);
  }

  private static Instant timestamp(
      Call call,
      Map<String, Object> event,
      Map<String, Object> customer,
      int i,
      List<FieldError> errors) {
    Instant now = call.nowFor(Fields.string(customer, "test_clock"));
    String text = Fields.string(event, "timestamp");
    if (text == null) {
      return now;
    }
    Instant at = Times.parse(text);
    String param = "events[" + i + "].timestamp";
    if (at.isAfter(now)) {
      errors.add(
          FieldError.invalid(
              param,
              "must not be in the future; the customer's clock says "
                  + Times.format(now)
                  + " (got "
                  + text
                  + ")"));
    } else if (at.isBefore(now.minus(MAX_AGE))) {
      errors.add(
          FieldError.invalid(
              param,
              "must be at most 35 days old, so not before "
                  + Times.format(now.minus(MAX_AGE))
                  + " by the customer's clock (got "
                  + text
                  + ")"));
    }
    return at;
  }
}
