package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.json.MalformedJsonException;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.AppliedFault;
import dev.billkit.mock.internal.tenant.FaultScript;
import dev.billkit.mock.internal.tenant.Journal;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.TenantClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** JSON views of a tenant's journal, fault scripts and coverage, as mock-admin.yaml shapes them. */
final class AdminViews {
  private final SpecIndex billing;

  AdminViews(SpecIndex billing) {
    this.billing = billing;
  }

  SpecIndex billing() {
    return billing;
  }

  /** {@code RecordedRequestList}, filtered by the validated query of {@code mockListRequests}. */
  Map<String, Object> requests(Tenant tenant, Map<String, Object> query, String url) {
    int limit = query.containsKey("limit") ? (int) (long) (Long) query.get("limit") : 100;
    List<Journal.Entry> entries = tenant.journal().newestFirst(filter(query), limit);
    List<Object> data = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, entries.size()); i++) {
      data.add(request(tenant, entries.get(i)));
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("data", data);
    list.put("has_more", entries.size() > limit);
    list.put("url", url);
    list.put("dropped_count", tenant.journal().dropped());
    return list;
  }

  private Predicate<Journal.Entry> filter(Map<String, Object> query) {
    Object method = query.get("method");
    Object path = query.get("path");
    Object operationId = query.get("operation_id");
    Object status = query.get("status");
    Object key = query.get("idempotency_key");
    return e ->
        (method == null || method.equals(e.method()))
            && (path == null || path.equals(e.path()) || path.equals(template(e)))
            && (operationId == null || operationId.equals(operationId(e)))
            && (status == null || ((Long) status) == e.status())
            && (key == null || key.equals(e.idempotencyKey()));
  }

  private String template(Journal.Entry e) {
    return e.operation() < 0 ? null : billing.operations().get(e.operation()).pathTemplate();
  }

  private String operationId(Journal.Entry e) {
    return e.operation() < 0 ? null : billing.operations().get(e.operation()).operationId();
  }

  private Map<String, Object> request(Tenant tenant, Journal.Entry e) {
    Map<String, Object> headers = new LinkedHashMap<>();
    for (int i = 0; i < e.headers().length; i += 2) {
      headers.put(e.headers()[i], e.headers()[i + 1]);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", tenant.requestId(e.requestSeq()));
    out.put("object", "mock_request");
    out.put("received_at", TenantClock.format(Instant.ofEpochSecond(e.clockSecond())));
    out.put("method", e.method());
    out.put("path", e.path());
    out.put("query", e.query() == null || e.query().isEmpty() ? null : e.query());
    out.put("operation_id", operationId(e));
    out.put("idempotency_key", e.idempotencyKey());
    out.put("request_headers", headers);
    out.put("request_body", object(e.requestBody()));
    out.put("status", (long) e.status());
    out.put("response_body", object(e.responseBody()));
    out.put("idempotent_replayed", e.replayed());
    out.put("duration_ms", e.durationMillis());
    out.put("fault", e.fault() == null ? null : applied(e.fault()));
    return out;
  }

  private static Map<String, Object> applied(AppliedFault f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", f.fromHeader() ? "header" : "script");
    out.put("fault", f.faultId());
    out.put("header_value", f.headerValue());
    out.put("type", f.action().type().wire());
    return out;
  }

  /** A JSON object from raw bytes, or null when there are none or they are not a JSON object. */
  private static Map<String, Object> object(byte[] json) {
    if (json == null || json.length == 0) {
      return null;
    }
    try {
      return Json.readObject(json);
    } catch (MalformedJsonException e) {
      return null;
    }
  }

  /** {@code FaultList}, oldest first. */
  Map<String, Object> faults(Tenant tenant, String url) {
    List<Object> data = new ArrayList<>();
    for (Map.Entry<FaultScript, Integer> e : tenant.faults().list()) {
      data.add(AdminFaults.view(e.getKey(), e.getValue()));
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("data", data);
    list.put("has_more", false);
    list.put("url", url);
    return list;
  }

  /** {@code Fault} for a script just armed. */
  Map<String, Object> fault(FaultScript script) {
    return AdminFaults.view(script, script.count());
  }

  /** {@code Coverage}: every billing operation, in spec order. */
  Map<String, Object> coverage(Tenant tenant) {
    List<Object> operations = new ArrayList<>();
    long exercised = 0;
    for (ApiOperation op : billing.operations()) {
      Map<Integer, Long> statuses = tenant.coverage().statuses(op.index());
      Map<String, Object> counts = new LinkedHashMap<>();
      long calls = 0;
      for (Map.Entry<Integer, Long> s : statuses.entrySet()) {
        counts.put(String.valueOf(s.getKey()), s.getValue());
        calls += s.getValue();
      }
      exercised += calls > 0 ? 1 : 0;
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("operation_id", op.operationId());
      entry.put("method", op.method());
      entry.put("path", op.pathTemplate());
      entry.put("call_count", calls);
      entry.put("status_counts", counts);
      operations.add(entry);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("object", "mock_coverage");
    out.put("operation_count", (long) billing.operations().size());
    out.put("exercised_count", exercised);
    out.put("unmatched_count", tenant.coverage().unmatchedCount());
    out.put("operations", operations);
    return out;
  }
}
