package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.customer.Customers;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.spec.FieldError;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The meter operations: create, retrieve, update, and a customer's quantities in buckets. */
final class MeterOperations {
  /** At most this many buckets per quantities call. */
  static final int MAX_BUCKETS = 1000;

  private static final String PARAM = "meter";

  private MeterOperations() {}

  static MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> aggregation = Fields.object(body, "aggregation");
    String func = Fields.string(aggregation, "func");
    Object property = aggregation.get("property");
    if (func.equals("count") && property != null) {
      errors.add(
          FieldError.invalid(
              "aggregation.property", "count counts events and takes no property; omit it"));
    } else if (!func.equals("count") && property == null) {
      errors.add(
          new FieldError(
              "aggregation.property",
              "parameter_missing",
              "aggregation.property: is required for "
                  + func
                  + " (the metadata.<key> to aggregate)"));
    }
    Map<String, Object> filter = Fields.object(body, "filter");
    if (filter != null) {
      MeterFilters.check(filter, errors);
    }
    if (!errors.isEmpty()) {
      throw ApiError.validation(errors);
    }
    Map<String, Object> meter = call.newObject(IdPrefix.METER, "meter");
    meter.put("metadata", Metadata.of(body.get("metadata")));
    meter.put("name", body.get("name"));
    meter.put("event_name", body.get("event_name"));
    meter.put("filter", filter);
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("func", func);
    stored.put("property", property);
    meter.put("aggregation", stored);
    meter.put("status", "active");
    return MockResponse.ok(call.save(Meters.TABLE, meter));
  }

  static MockResponse retrieve(Call call) {
    return MockResponse.ok(call.require(Meters.TABLE, call.pathParam(PARAM), PARAM));
  }

  static MockResponse update(Call call) {
    StoredObject meter = call.edit(Meters.TABLE, call.pathParam(PARAM), PARAM);
    meter.copy(call.body(), "name", "status").mergeMetadata(call.body().get("metadata"));
    return MockResponse.ok(meter.save());
  }

  static MockResponse quantities(Call call) {
    Map<String, Object> meter =
        Fields.read(call.require(Meters.TABLE, call.pathParam(PARAM), PARAM));
    String customerId = (String) call.query("customer");
    Customers.require(call, customerId, "customer");
    Instant start = Times.parse((String) call.query("start"));
    Instant end = Times.parse((String) call.query("end"));
    if (!end.isAfter(start)) {
      throw Errors.invalid(
          "end", "must be after start " + Times.format(start) + " (got " + Times.format(end) + ")");
    }
    String interval = call.query("interval") == null ? "all" : (String) call.query("interval");
    List<Instant> bounds = bounds(start, end, interval);
    List<Map<String, Object>> events = Meters.events(call, meter, customerId, start, end);
    List<Object> buckets = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      Instant from = bounds.get(i);
      Instant to = bounds.get(i + 1);
      List<Map<String, Object>> in = new ArrayList<>();
      for (Map<String, Object> e : events) {
        Instant at = Times.parse(Fields.string(e, "timestamp"));
        if (!at.isBefore(from) && at.isBefore(to)) {
          in.add(e);
        }
      }
      Map<String, Object> bucket = new LinkedHashMap<>();
      bucket.put("start", Times.format(from));
      bucket.put("end", Times.format(to));
      bucket.put("quantity", Meters.aggregate(meter, in));
      buckets.add(bucket);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("object", "meter_quantities");
    out.put("meter", meter.get("id"));
    out.put("customer", customerId);
    out.put("start", Times.format(start));
    out.put("end", Times.format(end));
    out.put("interval", interval);
    out.put("quantity", Meters.quantity(call, (String) meter.get("id"), customerId, start, end));
    out.put("buckets", buckets);
    return MockResponse.ok(out);
  }

  /** The bucket edges: start, every UTC boundary of the interval inside the range, end. */
  private static List<Instant> bounds(Instant start, Instant end, String interval) {
    List<Instant> bounds = new ArrayList<>();
    bounds.add(start);
    Instant edge = start;
    while (!interval.equals("all")) {
      edge = nextBoundary(edge, interval);
      if (!edge.isBefore(end)) {
        break;
      }
      bounds.add(edge);
      if (bounds.size() > MAX_BUCKETS) {
        throw Errors.invalid(
            "interval",
            "'"
                + interval
                + "' buckets over "
                + Times.format(start)
                + " .. "
                + Times.format(end)
                + " are more than "
                + MAX_BUCKETS
                + "; use a larger interval or a shorter range");
      }
    }
    bounds.add(end);
    return bounds;
  }

  private static Instant nextBoundary(Instant after, String interval) {
    ZonedDateTime t = after.atZone(ZoneOffset.UTC);
    switch (interval) {
      case "hour":
        return t.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
      case "day":
        return t.truncatedTo(ChronoUnit.DAYS).plusDays(1).toInstant();
      default:
        return t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).plusMonths(1).toInstant();
    }
  }
}
