package dev.billkit.mock.internal.spec;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns validator errors into {@link FieldError}s that name the parameter path and the rule, in our
 * words rather than the library's: {@code items[0].quantity: must be >= 1 (got 0)}.
 */
final class ValidationMessages {
  private ValidationMessages() {}

  /** How a parameter's inner path is written after its name. */
  enum Style {
    /** Request bodies: {@code items[0].quantity}. */
    DOTTED,
    /** deepObject query parameters: {@code created[gte]}. */
    BRACKETED
  }

  static List<FieldError> convert(
      List<Error> errors, String prefix, Style style, SpecDocument doc) {
    List<Error> branches = new ArrayList<>();
    for (Error e : errors) {
      if (e.getKeyword().equals("oneOf") || e.getKeyword().equals("anyOf")) {
        branches.add(e);
      }
    }
    Set<FieldError> out = new LinkedHashSet<>();
    for (Error e : errors) {
      if (insideFailedBranch(e, branches)) {
        continue;
      }
      out.add(convert(e, errors, prefix, style, doc));
    }
    return new ArrayList<>(out);
  }

  private static boolean insideFailedBranch(Error e, List<Error> branches) {
    for (Error b : branches) {
      if (b != e
          && e.getEvaluationPath().startsWith(b.getEvaluationPath())
          && e.getEvaluationPath().getNameCount() > b.getEvaluationPath().getNameCount()) {
        return true;
      }
    }
    return false;
  }

  private static FieldError convert(
      Error e, List<Error> all, String prefix, Style style, SpecDocument doc) {
    String at = path(prefix, e.getInstanceLocation(), style);
    JsonNode schema = e.getSchemaNode();
    JsonNode value = e.getInstanceNode();
    String got = " (got " + JsonValues.describe(value) + ")";
    switch (e.getKeyword()) {
      case "required":
        return FieldError.missing(child(at, e.getProperty(), style));
      case "additionalProperties":
      case "unevaluatedProperties":
        return FieldError.unknown(child(at, e.getProperty(), style), allowed(e, doc));
      case "propertyNames":
        return FieldError.invalid(
            child(at, e.getProperty(), style), "invalid key: " + e.getArguments()[1]);
      case "type":
        return FieldError.invalid(
            at,
            "must be "
                + JsonValues.typeNames(schema)
                + " (got "
                + JsonValues.typeOf(value)
                + " "
                + JsonValues.describe(value)
                + ")");
      case "minimum":
        return FieldError.invalid(at, "must be >= " + schema.asString() + got);
      case "maximum":
        return FieldError.invalid(at, "must be <= " + schema.asString() + got);
      case "exclusiveMinimum":
        return FieldError.invalid(at, "must be > " + schema.asString() + got);
      case "exclusiveMaximum":
        return FieldError.invalid(at, "must be < " + schema.asString() + got);
      case "multipleOf":
        return FieldError.invalid(at, "must be a multiple of " + schema.asString() + got);
      case "minLength":
        return FieldError.invalid(
            at,
            "must be at least "
                + schema.asString()
                + " characters long (got "
                + JsonValues.length(value)
                + ")");
      case "maxLength":
        return FieldError.invalid(
            at,
            "must be at most "
                + schema.asString()
                + " characters long (got "
                + JsonValues.length(value)
                + ")");
      case "pattern":
        return FieldError.invalid(at, "must match the pattern " + schema.asString() + got);
      case "format":
        if (value.isString() && DateTimes.outOfRange(value.asString())) {
          return FieldError.invalid(
              at, "must be from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z in UTC" + got);
        }
        return FieldError.invalid(at, "must be a valid " + e.getArguments()[0] + got);
      case "enum":
        return FieldError.invalid(at, "must be one of " + JsonValues.list(schema) + got);
      case "const":
        return FieldError.invalid(at, "must be " + schema + got);
      case "minItems":
        return FieldError.invalid(
            at, "must have at least " + schema.asString() + " items (got " + value.size() + ")");
      case "maxItems":
        return FieldError.invalid(
            at, "must have at most " + schema.asString() + " items (got " + value.size() + ")");
      case "uniqueItems":
        return FieldError.invalid(at, "must not contain duplicate items");
      case "minProperties":
        return FieldError.invalid(
            at, "must have at least " + schema.asString() + " keys (got " + value.size() + ")");
      case "maxProperties":
        return FieldError.invalid(
            at, "must have at most " + schema.asString() + " keys (got " + value.size() + ")");
      case "oneOf":
      case "anyOf":
        return FieldError.invalid(at, branchRule(e, all) + got);
      case "dependentRequired":
        return FieldError.missing(child(at, String.valueOf(e.getArguments()[0]), style));
      case "not":
        return FieldError.invalid(at, "is not allowed here" + got);
      case "false":
        return FieldError.unknown(at, "");
      default:
        return FieldError.invalid(at, "breaks the rule '" + e.getKeyword() + "'" + got);
    }
  }

  /**
   * For a failed oneOf/anyOf whose branches only differ in type: "must be a string or an integer".
   */
  private static String branchRule(Error e, List<Error> all) {
    List<String> types = new ArrayList<>();
    for (Error inner : all) {
      if (inner != e
          && inner.getEvaluationPath().startsWith(e.getEvaluationPath())
          && inner.getInstanceLocation().equals(e.getInstanceLocation())) {
        if (!inner.getKeyword().equals("type")) {
          types = null;
          break;
        }
        types.add(JsonValues.typeNames(inner.getSchemaNode()));
      }
    }
    if (types != null && !types.isEmpty()) {
      return "must be " + String.join(" or ", new LinkedHashSet<>(types));
    }
    Object count = e.getArguments().length > 0 ? e.getArguments()[0] : null;
    if (e.getKeyword().equals("oneOf") && count instanceof Integer && (Integer) count > 1) {
      return "matches more than one of the allowed forms";
    }
    return "does not match any of the allowed forms";
  }

  private static String allowed(Error e, SpecDocument doc) {
    NodePath location = e.getSchemaLocation().getFragment();
    if (location == null || location.getNameCount() == 0 || doc == null) {
      return "";
    }
    StringBuilder pointer = new StringBuilder("#");
    for (int i = 0; i < location.getNameCount() - 1; i++) {
      pointer.append('/').append(JsonPointer.escape(String.valueOf(location.getElement(i))));
    }
    Object parent = doc.resolve(pointer.toString());
    if (parent instanceof Map && ((Map<?, ?>) parent).get("properties") instanceof Map) {
      Set<?> names = ((Map<?, ?>) ((Map<?, ?>) parent).get("properties")).keySet();
      if (!names.isEmpty() && names.size() <= 40) {
        return " (allowed: "
            + String.join(", ", names.stream().map(String::valueOf).toList())
            + ")";
      }
    }
    return "";
  }

  static String path(String prefix, NodePath location, Style style) {
    String at = prefix;
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      at =
          element instanceof Integer
              ? (at == null ? "" : at) + "[" + element + "]"
              : child(at, (String) element, style);
    }
    return at;
  }

  private static String child(String at, String name, Style style) {
    if (at == null || at.isEmpty()) {
      return name;
    }
    return style == Style.BRACKETED ? at + "[" + name + "]" : at + "." + name;
  }
}
