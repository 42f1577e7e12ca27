package dev.billkit.mock.internal.domain.support;

import dev.billkit.mock.internal.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed reads of JSON trees (see {@link Json}: integers are {@code Long}, objects are maps) and the
 * small answers every domain builds. Stateless.
 */
public final class Fields {
  private Fields() {}

  /** An integer field as a {@code long}; 0 when absent or null. */
  public static long amount(Map<String, Object> object, String field) {
    Object value = object.get(field);
    return value == null ? 0L : (Long) value;
  }

  /** A string field, or null. */
  public static String string(Map<String, Object> object, String field) {
    return (String) object.get(field);
  }

  /** A boolean field; false when absent or null. */
  public static boolean flag(Map<String, Object> object, String field) {
    return Boolean.TRUE.equals(object.get(field));
  }

  /** A nested object, or null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Map<String, Object> object, String field) {
    return (Map<String, Object>) object.get(field);
  }

  /** A JSON object value as a map. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }

  /** A list field, or an empty list. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(Map<String, Object> object, String field) {
    Object value = object.get(field);
    return value == null ? new ArrayList<>() : (List<Object>) value;
  }

  /** Parses stored JSON (null stays null). */
  public static Map<String, Object> read(byte[] json) {
    return json == null ? null : Json.readObject(json);
  }

  /** The answer of a successful delete: {@code {"id", "object", "deleted": true}}. */
  public static Map<String, Object> deleted(String id, String objectType) {
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("id", id);
    deleted.put("object", objectType);
    deleted.put("deleted", true);
    return deleted;
  }
}
