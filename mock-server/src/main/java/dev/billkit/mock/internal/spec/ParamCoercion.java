package dev.billkit.mock.internal.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Converts the strings of path, query and header parameters to the type their schema declares, so
 * that the schema validator can check them like JSON values. A string that does not convert stays a
 * string, and the validator then reports the type error with the value.
 */
final class ParamCoercion {
  private ParamCoercion() {}

  static Object coerce(String raw, Map<String, Object> schema, SpecDocument doc) {
    switch (primaryType(schema, doc)) {
      case "integer":
        try {
          return Long.parseLong(raw);
        } catch (NumberFormatException e) {
          return raw;
        }
      case "number":
        try {
          BigDecimal decimal = new BigDecimal(raw);
          return decimal.scale() <= 0 && decimal.precision() <= 18
              ? (Object) decimal.longValueExact()
              : decimal;
        } catch (NumberFormatException | ArithmeticException e) {
          return raw;
        }
      case "boolean":
        return raw.equals("true") ? Boolean.TRUE : raw.equals("false") ? Boolean.FALSE : raw;
      default:
        return raw;
    }
  }

  /** The schema of an array's items or of an object's property, with {@code $ref}s followed. */
  static Map<String, Object> child(
      Map<String, Object> schema, String keyword, String property, SpecDocument doc) {
    Object node = resolved(schema, doc).get(keyword);
    if (property != null && node instanceof Map) {
      node = ((Map<?, ?>) node).get(property);
    }
    return node instanceof Map ? doc.deref(node, "#").map() : Map.of();
  }

  static boolean isArray(Map<String, Object> schema, SpecDocument doc) {
    return primaryType(schema, doc).equals("array");
  }

  private static Map<String, Object> resolved(Map<String, Object> schema, SpecDocument doc) {
    return doc.deref(schema, "#").map();
  }

  private static String primaryType(Map<String, Object> schema, SpecDocument doc) {
    Object type = resolved(schema, doc).get("type");
    if (type instanceof String) {
      return (String) type;
    }
    if (type instanceof List) {
      for (Object t : (List<?>) type) {
        if (!"null".equals(t)) {
          return String.valueOf(t);
        }
      }
    }
    return "string";
  }
}
