package dev.billkit.mock.internal.domain.usage;

import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.spec.FieldError;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A meter's {@code filter} (one level of clauses joined by {@code and}/{@code or}) over a usage
 * event's {@code name}, {@code timestamp} and {@code metadata.<key>}. {@code eq}/{@code ne} compare
 * values of the same JSON type; {@code gt}/{@code gte}/{@code lt}/{@code lte} compare integers (on
 * metadata) or times (on {@code timestamp}); {@code like}/{@code not_like} match strings with SQL's
 * {@code %} for any run of characters. A clause on a metadata key the event lacks, or of another
 * type, does not hold ({@code ne} and {@code not_like} then do). Stateless.
 */
final class MeterFilters {
  private MeterFilters() {}

  /** Adds an error for every clause whose operator and value make no sense for its property. */
  static void check(Map<String, Object> filter, List<FieldError> errors) {
    List<Object> clauses = Fields.list(filter, "clauses");
    for (int i = 0; i < clauses.size(); i++) {
      Map<String, Object> clause = Fields.asObject(clauses.get(i));
      String property = Fields.string(clause, "property");
      String op = Fields.string(clause, "operator");
      Object value = clause.get("value");
      String param = "filter.clauses[" + i + "]";
      String rule = rule(property, op, value);
      if (rule != null) {
        errors.add(FieldError.invalid(param, rule));
      }
    }
  }

  private static String rule(String property, String op, Object value) {
    boolean ordering = op.startsWith("gt") || op.startsWith("lt");
    boolean pattern = op.endsWith("like");
    if (property.equals("timestamp")) {
      if (pattern) {
        return "timestamp can't be matched with "
            + op
            + "; compare it with eq, ne, gt, gte, lt or lte";
      }
      if (!(value instanceof String) || !isTime((String) value)) {
        return "timestamp compares with an RFC 3339 time such as 2026-11-01T00:00:00Z (got "
            + value
            + ")";
      }
      return null;
    }
    if (pattern && !(value instanceof String)) {
      return op + " needs a string pattern with % as the wildcard (got " + value + ")";
    }
    if (property.equals("name")) {
      if (ordering) {
        return "name can't be compared with " + op + "; use eq, ne, like or not_like";
      }
      return value instanceof String ? null : "name is a string (got " + value + ")";
    }
    if (ordering && !(value instanceof Long)) {
      return op + " on " + property + " compares integers (got " + value + ")";
    }
    return null;
  }

  /** Whether a usage event meets the filter (null: no filter, every event does). */
  static boolean matches(Map<String, Object> filter, Map<String, Object> event) {
    if (filter == null) {
      return true;
    }
    boolean and = "and".equals(filter.get("conjunction"));
    for (Object c : Fields.list(filter, "clauses")) {
      boolean holds = holds(Fields.asObject(c), event);
      if (and && !holds) {
        return false;
      }
      if (!and && holds) {
        return true;
      }
    }
    return and;
  }

  private static boolean holds(Map<String, Object> clause, Map<String, Object> event) {
    String property = Fields.string(clause, "property");
    String op = Fields.string(clause, "operator");
    Object expected = clause.get("value");
    Object actual;
    if (property.equals("timestamp")) {
      return compare(
          op, Times.parse(Fields.string(event, "timestamp")), Times.parse((String) expected));
    } else if (property.equals("name")) {
      actual = event.get("name");
    } else {
      actual = Fields.object(event, "metadata").get(property.substring("metadata.".length()));
    }
    switch (op) {
      case "eq":
        return Objects.equals(actual, expected);
      case "ne":
        return !Objects.equals(actual, expected);
      case "like":
        return actual instanceof String && like((String) actual, (String) expected);
      case "not_like":
        return !(actual instanceof String && like((String) actual, (String) expected));
      default:
        return actual instanceof Long && compare(op, (Long) actual, (Long) expected);
    }
  }

  private static <T extends Comparable<T>> boolean compare(String op, T actual, T expected) {
    int c = actual.compareTo(expected);
    switch (op) {
      case "eq":
        return c == 0;
      case "ne":
        return c != 0;
      case "gt":
        return c > 0;
      case "gte":
        return c >= 0;
      case "lt":
        return c < 0;
      default:
        return c <= 0;
    }
  }

  /** SQL LIKE with {@code %} only: every other character stands for itself. */
  static boolean like(String text, String pattern) {
    String regex =
        Arrays.stream(pattern.split("%", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    return Pattern.compile(regex, Pattern.DOTALL).matcher(text).matches();
  }

  private static boolean isTime(String text) {
    try {
      Times.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
