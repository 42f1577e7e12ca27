package dev.billkit.mock.internal.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of one or more OpenAPI documents, with a {@link Router} over them. Built once at
 * start-up; immutable and thread-safe afterwards.
 */
public final class SpecIndex {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  // OpenAPI says these header parameters are ignored: they are governed by the protocol.
  private static final Set<String> IGNORED_HEADERS =
      Set.of("accept", "content-type", "authorization");

  private final List<SpecDocument> documents;
  private final List<ApiOperation> operations;
  private final Map<String, ApiOperation> byId;
  private final Router router;

  private SpecIndex(List<SpecDocument> documents, List<ApiOperation> operations) {
    this.documents = List.copyOf(documents);
    this.operations = Collections.unmodifiableList(operations);
    Map<String, ApiOperation> ids = new LinkedHashMap<>();
    for (ApiOperation op : operations) {
      if (ids.put(op.operationId(), op) != null) {
        throw new IllegalStateException("duplicate operationId " + op.operationId());
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    this.router = new Router(operations);
  }

  /** Indexes every operation of {@code documents}, in document and path order. */
  public static SpecIndex of(SpecDocument... documents) {
    List<ApiOperation> ops = new ArrayList<>();
    for (SpecDocument doc : documents) {
      Object paths = doc.root().get("paths");
      if (!(paths instanceof Map)) {
        continue;
      }
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) paths).entrySet()) {
        String path = (String) entry.getKey();
        String itemPointer = JsonPointer.append("#/paths", path);
        SpecDocument.Located item = doc.deref(entry.getValue(), itemPointer);
        for (String method : METHODS) {
          Object op = item.map().get(method);
          if (op instanceof Map) {
            ops.add(operation(doc, path, method, item, (Map<?, ?>) op, ops.size()));
          }
        }
      }
    }
    return new SpecIndex(List.of(documents), ops);
  }

  private static ApiOperation operation(
      SpecDocument doc,
      String path,
      String method,
      SpecDocument.Located item,
      Map<?, ?> op,
      int i) {
    String pointer = JsonPointer.append(item.pointer(), method);
    Object id = op.get("operationId");
    if (!(id instanceof String)) {
      throw new IllegalStateException(
          method.toUpperCase(Locale.ROOT) + " " + path + " has no operationId");
    }
    Map<String, ParameterSpec> params = new LinkedHashMap<>();
    addParameters(
        doc,
        item.map().get("parameters"),
        JsonPointer.append(item.pointer(), "parameters"),
        params);
    addParameters(doc, op.get("parameters"), JsonPointer.append(pointer, "parameters"), params);
    List<String> tags = new ArrayList<>();
    if (op.get("tags") instanceof List) {
      for (Object tag : (List<?>) op.get("tags")) {
        tags.add(String.valueOf(tag));
      }
    }
    return new ApiOperation(
        (String) id,
        method.toUpperCase(Locale.ROOT),
        path,
        List.copyOf(tags),
        List.copyOf(params.values()),
        body(doc, op.get("requestBody"), JsonPointer.append(pointer, "requestBody")),
        pointer,
        doc,
        i);
  }

  private static void addParameters(
      SpecDocument doc, Object list, String pointer, Map<String, ParameterSpec> into) {
    if (!(list instanceof List)) {
      return;
    }
    int i = 0;
    for (Object raw : (List<?>) list) {
      SpecDocument.Located param = doc.deref(raw, JsonPointer.append(pointer, i++));
      Map<String, Object> p = param.map();
      String in = String.valueOf(p.get("in"));
      String name = String.valueOf(p.get("name"));
      if (in.equals("cookie")
          || (in.equals("header") && IGNORED_HEADERS.contains(name.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      String schemaPointer = JsonPointer.append(param.pointer(), "schema");
      SpecDocument.Located schema = doc.deref(p.get("schema"), schemaPointer);
      boolean deepObject = "deepObject".equals(p.get("style"));
      boolean explode = !Boolean.FALSE.equals(p.get("explode"));
      boolean required = in.equals("path") || Boolean.TRUE.equals(p.get("required"));
      String key = in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
      into.put(
          key,
          new ParameterSpec(name, in, required, deepObject, explode, schemaPointer, schema.map()));
    }
  }

  private static ApiOperation.BodySpec body(SpecDocument doc, Object raw, String pointer) {
    if (raw == null) {
      return null;
    }
    SpecDocument.Located body = doc.deref(raw, pointer);
    Object content = body.map().get("content");
    if (!(content instanceof Map)
        || !(((Map<?, ?>) content).get("application/json") instanceof Map)) {
      throw new IllegalStateException(
          "request body at " + pointer + " has no application/json content");
    }
    String schemaPointer =
        JsonPointer.append(body.pointer(), "content", "application/json", "schema");
    return new ApiOperation.BodySpec(
        Boolean.TRUE.equals(body.map().get("required")), schemaPointer);
  }

  /** The documents indexed. */
  public List<SpecDocument> documents() {
    return documents;
  }

  /** All operations, in document order; {@code operations().get(op.index()) == op}. */
  public List<ApiOperation> operations() {
    return operations;
  }

  /** The operation with this operationId, or null. */
  public ApiOperation byId(String operationId) {
    return byId.get(operationId);
  }

  /** The router over these operations. */
  public Router router() {
    return router;
  }
}
