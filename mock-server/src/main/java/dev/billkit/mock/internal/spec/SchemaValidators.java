package dev.billkit.mock.internal.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled JSON Schema 2020-12 validators (the OpenAPI 3.1 dialect) for schemas inside our OpenAPI
 * documents, compiled on first use and cached. Thread-safe.
 *
 * <p>Strings found valid are remembered per schema (a bounded number): a scalar's validity depends
 * on nothing but the string and the schema, and the same ids come back request after request, so
 * most path parameters skip the validator library, which allocates a tree and a context for each
 * call. The bound is 4 096 strings per schema (about 400 KB when full); only schemas that see that
 * many distinct valid values fill it, in practice the id parameters, of which the spec has about 30.
 */
public final class SchemaValidators {
  private static final int MAX_REMEMBERED = 4096;
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<SpecDocument, Map<String, Compiled>> cache = new ConcurrentHashMap<>();
  private final Map<String, Schema> roots = new ConcurrentHashMap<>();
  private volatile SchemaRegistry registry;

  /**
   * Validators for schemas of {@code documents}. Cheap: the validator library itself starts on
   * first use (it costs a few hundred milliseconds on a cold JVM, which start-up should not pay).
   */
  public SchemaValidators(List<SpecDocument> documents) {
    for (SpecDocument doc : documents) {
      texts.put(doc.iri(), doc.jsonText());
    }
  }

  /**
   * Validates a value against the schema at {@code pointer} of {@code doc}.
   *
   * @param value a {@code Json} tree
   * @param prefix the parameter name the paths start with, or null for a request body
   * @param bracketed whether inner paths are written {@code name[key]} (deepObject) rather than
   *     {@code name.key}
   * @return the failing fields, empty when valid
   */
  public List<FieldError> validate(
      SpecDocument doc, String pointer, Object value, String prefix, boolean bracketed) {
    Compiled compiled = compiled(doc, pointer);
    if (value instanceof String && compiled.validStrings.contains(value)) {
      return List.of();
    }
    List<FieldError> huge = new java.util.ArrayList<>();
    findHugeIntegers(value, prefix, bracketed, huge);
    if (!huge.isEmpty()) {
      // The validator cannot compare such numbers with its limits (it throws), and no field of the
      // API holds one, so they are reported on their own.
      return huge;
    }
    List<Error> errors = compiled.schema.validate(JsonTrees.toNode(value));
    if (errors.isEmpty()) {
      if (value instanceof String && compiled.validStrings.size() < MAX_REMEMBERED) {
        compiled.validStrings.add((String) value);
      }
      return List.of();
    }
    return ValidationMessages.convert(
        errors,
        prefix,
        bracketed ? ValidationMessages.Style.BRACKETED : ValidationMessages.Style.DOTTED,
        doc);
  }

  /**
   * Compiles (once) the schema at {@code pointer}, so that the first request does not pay for it.
   */
  public void warm(SpecDocument doc, String pointer) {
    compiled(doc, pointer);
  }

  private Compiled compiled(SpecDocument doc, String pointer) {
    Map<String, Compiled> ofDoc = cache.computeIfAbsent(doc, d -> new ConcurrentHashMap<>());
    Compiled found = ofDoc.get(pointer);
    if (found != null) {
      return found;
    }
    return ofDoc.computeIfAbsent(
        pointer,
        key -> {
          // Sub-schemas of one document share its tree. Asking the registry for each location
          // instead gives every schema its own copy of the whole document (about 0.5 MB each).
          Schema schema = root(doc).getSubSchema(nodePath(doc, pointer));
          schema.initializeValidators();
          return new Compiled(schema);
        });
  }

  /** A compiled schema, and strings it accepted. */
  private static final class Compiled {
    final Schema schema;
    final Set<String> validStrings = ConcurrentHashMap.newKeySet();

    Compiled(Schema schema) {
      this.schema = schema;
    }
  }

  private Schema root(SpecDocument doc) {
    return roots.computeIfAbsent(doc.iri(), iri -> registry().getSchema(SchemaLocation.of(iri)));
  }

  /** The pointer as a node path: a token is an index where the document has an array. */
  private static NodePath nodePath(SpecDocument doc, String pointer) {
    NodePath path = new NodePath(PathType.JSON_POINTER);
    Object node = doc.root();
    for (String token : JsonPointer.split(pointer.substring(1))) {
      if (node instanceof List) {
        int index = Integer.parseInt(token);
        path = path.append(index);
        node = ((List<?>) node).get(index);
      } else {
        path = path.append(token);
        node = node instanceof Map ? ((Map<?, ?>) node).get(token) : null;
      }
    }
    return path;
  }

  private SchemaRegistry registry() {
    SchemaRegistry r = registry;
    if (r == null) {
      synchronized (this) {
        r = registry;
        if (r == null) {
          SchemaRegistryConfig config =
              SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
          r =
              SchemaRegistry.withDialect(
                  RequestFormats.dialect(), b -> b.schemas(texts).schemaRegistryConfig(config));
          registry = r;
        }
      }
    }
    return r;
  }

  private static void findHugeIntegers(
      Object value, String at, boolean bracketed, List<FieldError> out) {
    if (value instanceof java.math.BigDecimal) {
      java.math.BigDecimal d = (java.math.BigDecimal) value;
      if (d.signum() != 0 && d.stripTrailingZeros().scale() <= 0) {
        out.add(
            FieldError.invalid(at, "must fit in a 64-bit integer (got " + d.toPlainString() + ")"));
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        String key = String.valueOf(e.getKey());
        String child =
            at == null || at.isEmpty() ? key : bracketed ? at + "[" + key + "]" : at + "." + key;
        findHugeIntegers(e.getValue(), child, bracketed, out);
      }
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        findHugeIntegers(list.get(i), (at == null ? "" : at) + "[" + i + "]", bracketed, out);
      }
    }
  }
}
