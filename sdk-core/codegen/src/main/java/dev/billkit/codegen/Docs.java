package dev.billkit.codegen;

import java.util.ArrayList;
import java.util.List;

/** Spec descriptions (CommonMark) as Javadoc lines, wrapped to fit 100 columns. */
final class Docs {
  private Docs() {}

  /** {@code `x`} becomes {@code {@code x}}, or {@code <code>} when x has braces. */
  private static String codeSpans(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([^`]*)`").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = m.group(1);
      String replacement = code.contains("{") || code.contains("}")
          ? "<code>" + code.replace("{", "&#123;").replace("}", "&#125;") + "</code>"
          : "{@code " + code + "}";
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Converts {@code text} to Javadoc lines of at most {@code width} characters: backticks become
   * {@code {@code …}}, HTML-significant characters are escaped, and paragraphs become
   * {@code <p>}.
   * Non-empty lines start with a space, so templates can write {@code " *{{.}}"}.
   */
  static List<String> lines(String text, int width) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("*/", "*&#47;").replace("@", "&#64;");
    escaped = codeSpans(escaped);
    boolean first = true;
    for (String paragraph : escaped.split("\\n\\s*\\n")) {
      if (!first) {
        out.add("");
        paragraph = "<p>" + paragraph;
      }
      first = false;
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.trim().split("\\s+")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          out.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      if (line.length() > 0) {
        out.add(line.toString());
      }
    }
    out.replaceAll(l -> l.isEmpty() ? l : " " + l);
    return out;
  }
}
