package dev.billkit.mock.internal.spec;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads parameters from the query string: form decoding, repeated and comma-separated arrays,
 * {@code name[key]} deepObject parameters, and unknown names.
 */
final class QueryParams {
  private QueryParams() {}

  static void splitDeepObjects(
      ApiOperation op,
      Map<String, List<String>> query,
      Map<String, Map<String, List<String>>> deep,
      List<FieldError> errors) {
    Map<String, ParameterSpec> declared = new LinkedHashMap<>();
    for (ParameterSpec p : op.parameters()) {
      if (p.in().equals("query")) {
        declared.put(p.name(), p);
      }
    }
    for (String key : new ArrayList<>(query.keySet())) {
      if (declared.containsKey(key) && !declared.get(key).deepObject()) {
        continue;
      }
      int open = key.indexOf('[');
      ParameterSpec base =
          open > 0 && key.endsWith("]") ? declared.get(key.substring(0, open)) : null;
      if (base != null && base.deepObject()) {
        deep.computeIfAbsent(base.name(), k -> new LinkedHashMap<>())
            .put(key.substring(open + 1, key.length() - 1), query.remove(key));
      } else {
        query.remove(key);
        errors.add(
            FieldError.unknown(
                key,
                declared.isEmpty()
                    ? " (" + op.describe() + " takes no query parameters)"
                    : " (allowed: " + String.join(", ", declared.keySet()) + ")"));
      }
    }
  }

  static Object queryValue(
      ParameterSpec p, List<String> values, SpecDocument doc, List<FieldError> errors) {
    if (values == null) {
      return null;
    }
    if (!ParamCoercion.isArray(p.schema(), doc)) {
      return single(p, values, errors, doc);
    }
    Map<String, Object> items = ParamCoercion.child(p.schema(), "items", null, doc);
    List<Object> list = new ArrayList<>();
    for (String value : values) {
      for (String item : p.explode() ? List.of(value) : List.of(value.split(",", -1))) {
        list.add(ParamCoercion.coerce(item, items, doc));
      }
    }
    return list;
  }

  static Object object(
      ParameterSpec p, Map<String, List<String>> keys, SpecDocument doc, List<FieldError> errors) {
    if (keys == null) {
      return null;
    }
    Map<String, Object> object = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : keys.entrySet()) {
      String name = p.name() + "[" + e.getKey() + "]";
      if (e.getValue().size() > 1) {
        errors.add(
            FieldError.invalid(
                name, "must be given once (got " + e.getValue().size() + " values)"));
        continue;
      }
      Map<String, Object> schema = ParamCoercion.child(p.schema(), "properties", e.getKey(), doc);
      object.put(e.getKey(), ParamCoercion.coerce(e.getValue().get(0), schema, doc));
    }
    return object;
  }

  static Object single(
      ParameterSpec p, List<String> values, List<FieldError> errors, SpecDocument doc) {
    if (values.size() > 1) {
      errors.add(
          FieldError.invalid(p.name(), "must be given once (got " + values.size() + " values)"));
    }
    return ParamCoercion.coerce(values.get(0), p.schema(), doc);
  }

  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
