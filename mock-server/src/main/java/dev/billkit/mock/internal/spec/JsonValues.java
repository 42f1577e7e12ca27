package dev.billkit.mock.internal.spec;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** How values and types are written in validation messages: {@code an integer}, {@code "abc"}. */
final class JsonValues {
  private JsonValues() {}

  static String typeNames(JsonNode schema) {
    List<String> names = new ArrayList<>();
    if (schema.isArray()) {
      schema.forEach(t -> names.add(article(t.asString())));
    } else {
      names.add(article(schema.asString()));
    }
    return String.join(" or ", names);
  }

  private static String article(String type) {
    switch (type) {
      case "integer":
      case "object":
      case "array":
        return "an " + type;
      case "null":
        return "null";
      default:
        return "a " + type;
    }
  }

  static String typeOf(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isString()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    return value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
  }

  static String describe(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isString()) {
      String s = value.asString();
      return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array of " + value.size();
    }
    return value.toString();
  }

  static int length(JsonNode value) {
    return value == null ? 0 : value.asString().codePointCount(0, value.asString().length());
  }

  static String list(JsonNode values) {
    List<String> items = new ArrayList<>();
    values.forEach(v -> items.add(v.isString() ? v.asString() : v.toString()));
    return "[" + String.join(", ", items) + "]";
  }
}
