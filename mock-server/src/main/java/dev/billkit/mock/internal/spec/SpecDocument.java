package dev.billkit.mock.internal.spec;

import dev.billkit.mock.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One OpenAPI document, as a JSON tree ({@link Json} types) plus its JSON text for the schema
 * validator. Immutable and thread-safe.
 *
 * <p>At start-up the server reads the JSON form that the build wrote next to the classes ({@link
 * SpecPrecompiler}): parsing JSON is much cheaper than parsing YAML on a cold JVM. A YAML document
 * is still accepted, which is what test fixtures use.
 */
public final class SpecDocument {
  private final String iri;
  private final Map<String, Object> root;
  private final String jsonText;

  private SpecDocument(String iri, Map<String, Object> root, String jsonText) {
    this.iri = iri;
    this.root = root;
    this.jsonText = jsonText;
  }

  /**
   * Loads {@code resource} from the class path: a {@code .json} file as it is, a {@code .yaml} or
   * {@code .yml} file through a YAML parser.
   *
   * @param iri the absolute IRI under which the validator knows this document, e.g. {@code
   *     https://billkit.dev/openapi/billing.json}
   * @throws IllegalStateException if the resource is missing
   */
  public static SpecDocument fromClasspath(String resource, String iri) {
    byte[] bytes = readResource(resource);
    if (resource.endsWith(".yaml") || resource.endsWith(".yml")) {
      return fromYaml(bytes, iri);
    }
    return new SpecDocument(iri, Json.readObject(bytes), new String(bytes, StandardCharsets.UTF_8));
  }

  /** Whether {@code resource} exists on the class path of this class. */
  public static boolean exists(String resource) {
    return SpecDocument.class.getClassLoader().getResource(resource) != null;
  }

  /** Parses a YAML document. */
  public static SpecDocument fromYaml(byte[] yaml, String iri) {
    String json = yamlToJson(yaml);
    return new SpecDocument(iri, Json.readObject(json.getBytes(StandardCharsets.UTF_8)), json);
  }

  /** Converts YAML to compact JSON text (used at build time and for YAML fixtures). */
  static String yamlToJson(byte[] yaml) {
    ObjectMapper yamlMapper = YAMLMapper.builder().build();
    JsonNode tree = yamlMapper.readTree(yaml);
    return JsonMapper.builder().build().writeValueAsString(tree);
  }

  private static byte[] readResource(String resource) {
    try (InputStream in = SpecDocument.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenAPI document not found on the class path: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The IRI of this document; schema locations are this IRI plus a JSON-pointer fragment. */
  public String iri() {
    return iri;
  }

  /** The whole document as a tree; callers must not modify it. */
  public Map<String, Object> root() {
    return root;
  }

  /** The document as JSON text. */
  public String jsonText() {
    return jsonText;
  }

  /** The node at a local reference such as {@code #/components/schemas/Customer}, or null. */
  public Object resolve(String ref) {
    if (!ref.startsWith("#")) {
      return null;
    }
    Object node = root;
    for (String token : JsonPointer.split(ref.substring(1))) {
      if (node instanceof Map) {
        node = ((Map<?, ?>) node).get(token);
      } else if (node instanceof List && token.matches("\\d+")) {
        List<?> list = (List<?>) node;
        int index = Integer.parseInt(token);
        node = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return node;
  }

  /**
   * Follows {@code $ref} chains from {@code node} and returns the first node without one, with the
   * local reference (fragment) of where it was found.
   */
  public Located deref(Object node, String pointer) {
    int hops = 0;
    while (node instanceof Map && ((Map<?, ?>) node).get("$ref") instanceof String) {
      String ref = (String) ((Map<?, ?>) node).get("$ref");
      if (++hops > 32) {
        throw new IllegalStateException("$ref cycle at " + pointer);
      }
      pointer = ref;
      node = resolve(ref);
      if (node == null) {
        throw new IllegalStateException("unresolvable $ref " + ref + " in " + iri);
      }
    }
    return new Located(node, pointer);
  }

  /** A node of the document with its local reference ({@code #/...}). */
  public record Located(Object node, String pointer) {
    /** The node as a map, or an empty map if it is not one. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
      return node instanceof Map ? (Map<String, Object>) node : Map.of();
    }
  }
}
