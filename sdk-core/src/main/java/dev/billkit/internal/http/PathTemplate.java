package dev.billkit.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A path template such as {@code /v1/customers/{customer}}, split into segments once per template
 * (there is one per operation, so the cache stays as small as the spec) rather than on every call.
 * Immutable and thread-safe.
 */
final class PathTemplate {
  private static final ConcurrentHashMap<String, PathTemplate> CACHE = new ConcurrentHashMap<>();

  /** Literal segments; {@code null} where a parameter goes. */
  private final String[] literals;
  /** Parameter names; {@code null} where a literal goes. */
  private final String[] params;

  private PathTemplate(String template) {
    List<String> parts = new ArrayList<>();
    for (String part : template.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    literals = new String[parts.size()];
    params = new String[parts.size()];
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (part.startsWith("{") && part.endsWith("}")) {
        params[i] = part.substring(1, part.length() - 1);
      } else {
        literals[i] = part;
      }
    }
  }

  static PathTemplate of(String template) {
    return CACHE.computeIfAbsent(template, PathTemplate::new);
  }

  int size() {
    return literals.length;
  }

  /** The position of parameter {@code name}, or -1 if the template has none of that name. */
  int indexOf(String name) {
    for (int i = 0; i < params.length; i++) {
      if (name.equals(params[i])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The segments with {@code values} (indexed like the template, as {@link #indexOf} gives)
   * filled in.
   *
   * @throws IllegalArgumentException if a parameter has no value
   */
  List<String> fill(String[] values) {
    String[] out = new String[literals.length];
    for (int i = 0; i < out.length; i++) {
      if (literals[i] != null) {
        out[i] = literals[i];
      } else if (values[i] != null) {
        out[i] = values[i];
      } else {
        throw new IllegalArgumentException("path parameter " + params[i] + " is required");
      }
    }
    return List.of(out);
  }
}
