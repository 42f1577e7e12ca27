package dev.billkit.codegen;

import java.util.Locale;
import java.util.Set;

/** Java naming rules for names that come from the spec. */
final class Names {
  private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "true", "false", "null", "record", "var", "yield");

  private Names() {}

  /** {@code created[gte]} → {@code createdGte}; {@code checkout_session} → {@code checkoutSession}.
   */
  static String lowerCamel(String name) {
    String upper = upperCamel(name);
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /** {@code subscription_create} → {@code SUBSCRIPTION_CREATE}; a leading digit gets {@code _}. */
  static String constant(String value) {
    String c = value.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
    return Character.isDigit(c.charAt(0)) ? "_" + c : c;
  }

  static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  /** A member name that compiles: reserved words get a trailing underscore. */
  static String member(String name) {
    return isReserved(name) ? name + "_" : name;
  }

  /** {@code Customers} → {@code Customer}: tags are plural nouns ending in "s". */
  static String singular(String tag) {
    return tag.endsWith("s") ? tag.substring(0, tag.length() - 1) : tag;
  }
}
