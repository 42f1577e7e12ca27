package dev.billkit.mock.internal.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts {@code Json} trees to Jackson nodes for the schema validator, keeping numbers exact. */
final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  static JsonNode toNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String) {
      return NODES.stringNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Long || value instanceof Integer) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigDecimal) {
      return NODES.numberNode((BigDecimal) value);
    }
    if (value instanceof BigInteger) {
      return NODES.numberNode((BigInteger) value);
    }
    if (value instanceof Map) {
      ObjectNode object = NODES.objectNode();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        object.set(String.valueOf(e.getKey()), toNode(e.getValue()));
      }
      return object;
    }
    if (value instanceof List) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : (List<?>) value) {
        array.add(toNode(item));
      }
      return array;
    }
    throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
  }
}
