package dev.billkit.codegen;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one JSON property to its Java field, accessor and builder setter. Enum values are stored as
 * the raw string, so an unknown value survives; the accessor turns it into the nested enum.
 */
final class Fields {
  /** Properties whose values are secrets and never appear in {@code toString()}. */
  private static final Set<String> SECRETS = Set.of("client_secret", "secret", "key");

  @SuppressWarnings("rawtypes")
  private final Map<String, Schema> schemas;

  @SuppressWarnings("rawtypes")
  Fields(Map<String, Schema> schemas) {
    this.schemas = schemas;
  }

  static String tail(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  @SuppressWarnings("rawtypes")
  static String refName(Schema s) {
    return s == null || s.get$ref() == null ? null : tail(s.get$ref());
  }

  @SuppressWarnings("rawtypes")
  static Set<String> types(Schema s) {
    Set<String> out = new java.util.TreeSet<>();
    if (s.getTypes() != null) {
      for (Object t : s.getTypes()) {
        out.add(String.valueOf(t));
      }
    }
    if (s.getType() != null) {
      out.add(s.getType());
    }
    if (Boolean.TRUE.equals(s.getNullable())) {
      out.add("null");
    }
    return out;
  }

  /**
   * {@code oneOf: [X, {type: null}]} and {@code type: [X, null]} both mean "X or null". The
   * generator's normalizer may already have rewritten the first to {@code allOf: [X]} plus
   * {@code nullable}.
   */
  @SuppressWarnings("rawtypes")
  private static Schema nonNull(Schema s) {
    if (s.getAllOf() != null && s.getAllOf().size() == 1) {
      return (Schema) s.getAllOf().get(0);
    }
    if (s.getOneOf() != null) {
      for (Object o : s.getOneOf()) {
        Schema alt = (Schema) o;
        if (!types(alt).equals(Set.of("null"))) {
          return alt;
        }
      }
    }
    return s;
  }

  @SuppressWarnings("rawtypes")
  private static boolean isNullable(Schema s) {
    if (types(s).contains("null")) {
      return true;
    }
    if (s.getOneOf() != null) {
      for (Object o : s.getOneOf()) {
        if (types((Schema) o).equals(Set.of("null"))) {
          return true;
        }
      }
    }
    return false;
  }

  @SuppressWarnings("rawtypes")
  Infos.Field field(Infos.Model owner, String prop, Schema ps, boolean required) {
    Infos.Field f = new Infos.Field();
    f.jsonName = prop;
    f.javaName = Names.member(Names.lowerCamel(prop));
    f.capName = Names.upperCamel(prop);
    f.required = required;
    boolean nullable = isNullable(ps);
    f.checkRequired = required && !nullable;
    f.secret = SECRETS.contains(prop);
    // A nullable field of a params object can be cleared by sending an explicit null.
    f.clearable = owner.isParams && nullable;
    owner.hasClearable |= f.clearable;
    Schema s = nonNull(ps);
    f.doc = Docs.lines(ps.getDescription() != null ? ps.getDescription() : s.getDescription(),
        SpecModel.DOC_WIDTH - 2);
    List<String> values = enumValues(s);
    if (values.size() >= 2) {
      enumField(owner, f, values);
    } else {
      f.fieldType = javaType(s);
      f.setterType = f.fieldType;
      f.setterExpr = "value";
      if (f.fieldType.startsWith("List<")) {
        f.accessorType = f.fieldType;
        f.accessorExpr = f.javaName + " == null ? List.of() : Collections.unmodifiableList("
            + f.javaName + ")";
        f.copyExpr = "b." + f.javaName + " == null ? null : List.copyOf(b." + f.javaName + ")";
      } else if (f.fieldType.startsWith("Map<")) {
        f.accessorType = f.fieldType;
        f.accessorExpr = f.javaName + " == null ? Map.of() : Collections.unmodifiableMap("
            + f.javaName + ")";
        f.copyExpr = "b." + f.javaName + " == null ? null : Collections.unmodifiableMap(new "
            + "LinkedHashMap<>(b." + f.javaName + "))";
      } else if (f.checkRequired) {
        f.accessorType = f.fieldType;
        f.accessorExpr = f.javaName;
      } else {
        f.accessorType = "Optional<" + f.fieldType + ">";
        f.accessorExpr = "Optional.ofNullable(" + f.javaName + ")";
      }
    }
    if (f.copyExpr == null) {
      f.copyExpr = "b." + f.javaName;
    }
    f.queryExpr = "params." + (f.isEnum ? f.javaName + "Value()" : f.javaName + "()")
        + (f.checkRequired || f.fieldType.startsWith("List<") ? "" : ".orElse(null)");
    return f;
  }

  @SuppressWarnings("rawtypes")
  private static List<String> enumValues(Schema s) {
    List<String> out = new ArrayList<>();
    if (s.getEnum() != null && types(s).contains("string")) {
      for (Object v : s.getEnum()) {
        if (v != null) {
          out.add(String.valueOf(v));
        }
      }
    }
    return out;
  }

  private static void enumField(Infos.Model owner, Infos.Field f, List<String> values) {
    Infos.EnumType e = new Infos.EnumType();
    e.className = Names.upperCamel(f.jsonName);
    e.fieldJsonName = f.jsonName;
    for (String v : values) {
      Infos.Constant c = new Infos.Constant();
      c.name = Names.constant(v);
      c.value = v;
      e.constants.add(c);
    }
    e.addUnknown = e.constants.stream().noneMatch(c -> c.name.equals("UNKNOWN"));
    owner.enums.add(e);
    f.isEnum = true;
    f.fieldType = "String";
    f.setterType = e.className;
    f.setterExpr = e.className + ".wire(value)";
    if (f.checkRequired) {
      f.accessorType = e.className;
      f.accessorExpr = e.className + ".fromValue(" + f.javaName + ")";
      f.rawAccessorType = "String";
      f.rawAccessorExpr = f.javaName;
    } else {
      f.accessorType = "Optional<" + e.className + ">";
      f.accessorExpr = "Optional.ofNullable(" + f.javaName + ").map(" + e.className
          + "::fromValue)";
      f.rawAccessorType = "Optional<String>";
      f.rawAccessorExpr = "Optional.ofNullable(" + f.javaName + ")";
    }
  }

  @SuppressWarnings("rawtypes")
  String javaType(Schema s) {
    String ref = refName(s);
    if (ref != null) {
      Schema target = schemas.get(ref);
      boolean isModel = target.getProperties() != null && !target.getProperties().isEmpty()
          || target.getOneOf() != null || target.getAllOf() != null;
      return isModel ? ref : javaType(target);
    }
    Set<String> t = types(s);
    t.remove("null");
    if (t.size() != 1) {
      // A union such as [string, integer, boolean] stays a plain JSON value.
      return "Object";
    }
    switch (t.iterator().next()) {
      case "string":
        return "date-time".equals(s.getFormat()) ? "Instant" : "String";
      case "integer":
        return "int64".equals(s.getFormat()) ? "Long" : "Integer";
      case "boolean":
        return "Boolean";
      case "number":
        throw new IllegalStateException("floating-point numbers are not allowed in the API");
      case "array":
        return "List<" + javaType(nonNull(s.getItems())) + ">";
      case "object":
        Object extra = s.getAdditionalProperties();
        return "Map<String, " + (extra instanceof Schema x ? javaType(x) : "Object") + ">";
      default:
        return "Object";
    }
  }
}
