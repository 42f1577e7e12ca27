package dev.billkit.mock.internal.spec;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON pointers: escaping and splitting. */
final class JsonPointer {
  private JsonPointer() {}

  /** Escapes one reference token ({@code ~} and {@code /}). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Splits {@code /a/b~1c} into {@code [a, b/c]}; an empty pointer gives no tokens. */
  static List<String> split(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }

  /** Appends tokens to a local reference such as {@code #/paths}. */
  static String append(String base, Object... tokens) {
    StringBuilder sb = new StringBuilder(base);
    for (Object token : tokens) {
      sb.append('/').append(escape(String.valueOf(token)));
    }
    return sb.toString();
  }
}
