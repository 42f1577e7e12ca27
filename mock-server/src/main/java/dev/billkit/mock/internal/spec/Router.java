package dev.billkit.mock.internal.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Matches {@code METHOD /raw/path} to an operation by its path template. A literal segment wins
 * over a parameter at the same position ({@code /v1/customers/external/x} before {@code
 * /v1/customers/{customer}/...}). Immutable and thread-safe.
 */
public final class Router {
  private final Node root = new Node();
  private final Map<String, List<String>> paramNames = new HashMap<>(); // by path template

  Router(List<ApiOperation> operations) {
    for (ApiOperation op : operations) {
      paramNames.computeIfAbsent(op.pathTemplate(), Router::paramNames);
      Node node = root;
      for (String segment : segments(op.pathTemplate())) {
        if (segment.startsWith("{") && segment.endsWith("}")) {
          if (node.param == null) {
            node.param = new Node();
            node.paramName = segment.substring(1, segment.length() - 1);
          }
          node = node.param;
        } else {
          node = node.literals.computeIfAbsent(segment, k -> new Node());
        }
      }
      if (node.byMethod.put(op.method(), op) != null) {
        throw new IllegalStateException("two operations for " + op.describe());
      }
    }
  }

  /**
   * Routes a request.
   *
   * @param method upper-case HTTP method
   * @param rawPath the path as sent, still percent-encoded, without the query
   * @return the match, or null when no template has this path at all; a {@link Match} whose
   *     operation is null means the path exists but not for this method
   */
  public Match match(String method, String rawPath) {
    List<String> segments = segments(rawPath);
    List<String> values = new ArrayList<>(2);
    Node node = find(root, segments, 0, values);
    if (node == null) {
      return null;
    }
    ApiOperation op = node.byMethod.get(method);
    if (op == null) {
      return new Match(null, Map.of(), new TreeSet<>(node.byMethod.keySet()).toString());
    }
    List<String> names = paramNames.get(op.pathTemplate());
    return new Match(op, params(names, values), null);
  }

  /** Path parameters by name, in template order. */
  private static Map<String, String> params(List<String> names, List<String> values) {
    if (names.isEmpty()) {
      return Map.of();
    }
    if (names.size() == 1) {
      return Map.of(names.get(0), values.get(0)); // the common case, without a LinkedHashMap
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      params.put(names.get(i), values.get(i));
    }
    return Collections.unmodifiableMap(params);
  }

  private static Node find(Node node, List<String> segments, int i, List<String> values) {
    if (i == segments.size()) {
      return node.byMethod.isEmpty() ? null : node;
    }
    String segment = segments.get(i);
    Node literal = node.literals.get(segment);
    if (literal != null) {
      Node found = find(literal, segments, i + 1, values);
      if (found != null) {
        return found;
      }
    }
    if (node.param != null && !segment.isEmpty()) {
      values.add(decode(segment));
      Node found = find(node.param, segments, i + 1, values);
      if (found != null) {
        return found;
      }
      values.remove(values.size() - 1);
    }
    return null;
  }

  private static List<String> paramNames(String template) {
    List<String> names = new ArrayList<>(2);
    for (String segment : segments(template)) {
      if (segment.startsWith("{")) {
        names.add(segment.substring(1, segment.length() - 1));
      }
    }
    return List.copyOf(names);
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>(6);
    int start = path.startsWith("/") ? 1 : 0;
    for (int i = start; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        out.add(path.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  /** Percent-decodes one path segment as UTF-8 ({@code +} stays a plus). */
  static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    StringBuilder out = new StringBuilder(segment.length());
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      int hi =
          c == '%' && i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
      int lo = hi >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
      if (lo >= 0) {
        pending.write(hi * 16 + lo);
        i += 2;
      } else {
        out.append(pending.toString(StandardCharsets.UTF_8)).append(c);
        pending.reset();
      }
    }
    return out.append(pending.toString(StandardCharsets.UTF_8)).toString();
  }

  /**
   * The result of {@link #match}.
   *
   * @param operation the operation, or null if the path exists only for other methods
   * @param pathParams decoded path parameter values by template name
   * @param allowedMethods when {@code operation} is null, the methods the path supports
   */
  public record Match(
      ApiOperation operation, Map<String, String> pathParams, String allowedMethods) {}

  private static final class Node {
    final Map<String, Node> literals = new HashMap<>();
    final Map<String, ApiOperation> byMethod = new HashMap<>();
    Node param;
    String paramName;
  }
}
