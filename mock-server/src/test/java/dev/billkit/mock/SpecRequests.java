package dev.billkit.mock;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.ParameterSpec;
import dev.billkit.mock.internal.spec.SpecDocument;
import dev.billkit.mock.testing.MockHttp;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a schema-valid request for any operation of the spec: path parameters from a caller's
 * function, required query parameters from their schema, and the request body's own example (so
 * the request passes validation and reaches the operation's handler).
 */
final class SpecRequests {
  private SpecRequests() {}

  /**
   * @param pathValue the value of a path parameter, or null for a sample made from its schema
   */
  static MockHttp.Call call(
      MockHttp http,
      SpecDocument doc,
      ApiOperation op,
      Function<ParameterSpec, String> pathValue) {
    String path = op.pathTemplate();
    StringBuilder query = new StringBuilder();
    for (ParameterSpec p : op.parameters()) {
      if (p.in().equals("path")) {
        String value = pathValue.apply(p);
        path = path.replace("{" + p.name() + "}", value != null ? value : sample(p.schema()));
      } else if (p.in().equals("query") && p.required()) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(p.name())
            .append('=')
            .append(sample(p.schema()));
      }
    }
    String target = path + query;
    MockHttp.Call call =
        switch (op.method()) {
          case "GET" -> http.get(target);
          case "DELETE" -> http.delete(target);
          default -> http.post(target);
        };
    if (op.body() != null) {
      Object example =
          doc.deref(doc.resolve(op.body().schemaPointer()), op.body().schemaPointer())
              .map()
              .get("example");
      call.json(Json.writeString(example));
    }
    return call;
  }

  /** The id prefix a parameter's pattern demands ({@code ^cus_[0-9A-Za-z]+$} gives {@code cus_}). */
  static String idPrefix(ParameterSpec p) {
    Object pattern = p.schema().get("pattern");
    if (pattern instanceof String s && s.matches("\\^[a-z_]+_\\[0-9A-Za-z\\]\\+\\$")) {
      return s.substring(1, s.indexOf('['));
    }
    return null;
  }

  /** A value for a parameter: {@code ^cus_[0-9A-Za-z]+$} gives {@code cus_1}. */
  static String sample(Map<String, Object> schema) {
    Object pattern = schema.get("pattern");
    if (pattern instanceof String p && p.matches("\\^[a-z_]+_\\[0-9A-Za-z\\]\\+\\$")) {
      return p.substring(1, p.indexOf('[')) + "1";
    }
    if ("date-time".equals(schema.get("format"))) {
      return "2026-11-01T00:00:00Z";
    }
    Object example = schema.get("example");
    return example != null ? String.valueOf(example) : "x1";
  }
}
