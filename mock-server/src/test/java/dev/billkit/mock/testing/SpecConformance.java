package dev.billkit.mock.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import dev.billkit.mock.internal.spec.RequestFormats;
import dev.billkit.mock.internal.spec.Router;
import dev.billkit.mock.internal.spec.SpecDocument;
import dev.billkit.mock.internal.spec.SpecIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a response conforms to the OpenAPI document: the status is declared for the operation
 * (or {@code default}), the body validates against the declared schema, required headers are
 * present and every declared header that is present matches its schema. Responses to paths the spec
 * does not have must be a valid {@code Error} body. Every test request goes through this (see
 * {@link MockHttp}), so a non-conforming response fails the test that received it. Thread-safe.
 */
public final class SpecConformance {
  private static final Map<String, SpecConformance> CACHE = new ConcurrentHashMap<>();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SpecDocument doc;
  private final SpecConformance admin;
  private final SpecIndex index;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private SpecConformance(SpecDocument doc, SpecConformance admin) {
    this.doc = doc;
    this.admin = admin;
    this.index = SpecIndex.of(doc);
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    this.registry =
        SchemaRegistry.withDialect(
            // The spec's email and date-time formats as the mock reads them: the library's own
            // email check refuses RFC 5321 addresses the mock must accept and may echo.
            RequestFormats.dialect(),
            b -> b.schemas(Map.of(doc.iri(), doc.jsonText())).schemaRegistryConfig(config));
  }

  /**
   * The checker for the billing spec (and, for {@code /_mock/} paths, mock-admin.yaml) as the
   * openapi module ships it (YAML, read independently of the server's compiled copy).
   */
  public static SpecConformance billing() {
    return CACHE.computeIfAbsent(
        "openapi/billing.yaml",
        r ->
            new SpecConformance(
                SpecDocument.fromClasspath(r, "https://conformance.test/billing.json"),
                new SpecConformance(
                    SpecDocument.fromClasspath(
                        "openapi/mock-admin.yaml", "https://conformance.test/mock-admin.json"),
                    null)));
  }

  /**
   * Throws {@link AssertionError} naming every violation if the response does not conform.
   *
   * @param headers response header lookup by case-insensitive name (null when absent)
   */
  public void check(
      String method, String path, int status, Function<String, String> headers, String body) {
    List<String> problems = problems(method, path, status, headers, body);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "response does not conform to the spec: "
              + method
              + " "
              + path
              + " -> "
              + status
              + "\n  "
              + String.join("\n  ", problems)
              + "\n  body: "
              + body);
    }
  }

  /**
   * The violations of one schema of the document (e.g. {@code #/components/schemas/Event}) by a
   * JSON value.
   */
  public List<String> schemaProblems(String pointer, String json) {
    List<String> problems = new ArrayList<>();
    validate(pointer, json, problems);
    return problems;
  }

  /** The violations, empty when the response conforms. */
  public List<String> problems(
      String method, String path, int status, Function<String, String> headers, String body) {
    if (admin != null && path.startsWith("/_mock/")) {
      return admin.problems(method, path, status, headers, body);
    }
    List<String> problems = new ArrayList<>();
    String requestId = headers.apply("Request-Id");
    if (requestId == null || !requestId.matches("^req_[0-9A-Za-z]+$")) {
      problems.add("Request-Id header missing or malformed: " + requestId);
    }
    String contentType = headers.apply("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      problems.add("Content-Type is not application/json: " + contentType);
    }
    String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Router.Match match = index.router().match(method, rawPath);
    if (match == null || match.operation() == null) {
      if (status != 404) {
        problems.add("a path the spec does not have must answer 404, not " + status);
      }
      validate("#/components/schemas/Error", body, problems);
      return problems;
    }
    String opPointer = match.operation().pointer();
    Map<String, Object> responses =
        doc.deref(doc.resolve(opPointer + "/responses"), opPointer + "/responses").map();
    String key =
        responses.containsKey(String.valueOf(status))
            ? String.valueOf(status)
            : responses.containsKey(status / 100 + "XX") ? status / 100 + "XX" : "default";
    if (!responses.containsKey(key)) {
      problems.add("status " + status + " is not declared for " + match.operation().describe());
      return problems;
    }
    SpecDocument.Located response = doc.deref(responses.get(key), opPointer + "/responses/" + key);
    checkHeaders(response, headers, problems);
    Object content = response.map().get("content");
    if (content instanceof Map && ((Map<?, ?>) content).get("application/json") != null) {
      validate(response.pointer() + "/content/application~1json/schema", body, problems);
    } else if (body != null && !body.isEmpty()) {
      problems.add("a body was sent but response " + key + " declares none");
    }
    return problems;
  }

  private void checkHeaders(
      SpecDocument.Located response, Function<String, String> headers, List<String> problems) {
    Object declared = response.map().get("headers");
    if (!(declared instanceof Map)) {
      return;
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) declared).entrySet()) {
      String name = (String) e.getKey();
      String pointer =
          response.pointer() + "/headers/" + name.replace("~", "~0").replace("/", "~1");
      SpecDocument.Located header = doc.deref(e.getValue(), pointer);
      String value = headers.apply(name);
      if (value == null) {
        if (Boolean.TRUE.equals(header.map().get("required"))) {
          problems.add("required header " + name + " is missing");
        }
        continue;
      }
      Map<String, Object> schema =
          doc.deref(header.map().get("schema"), header.pointer() + "/schema").map();
      String json =
          "integer".equals(schema.get("type")) && value.matches("-?\\d+")
              ? value
              : JSON.writeValueAsString(value);
      List<String> headerProblems = new ArrayList<>();
      validate(header.pointer() + "/schema", json, headerProblems);
      headerProblems.forEach(p -> problems.add("header " + name + ": " + value + ": " + p));
    }
  }

  private void validate(String pointer, String body, List<String> problems) {
    JsonNode node = parse(body, problems);
    if (node == null) {
      return;
    }
    Schema schema =
        schemas.computeIfAbsent(
            pointer,
            p -> {
              Schema s = root().getSubSchema(nodePath(p));
              s.initializeValidators();
              return s;
            });
    for (Error e : schema.validate(node)) {
      problems.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
  }

  private static JsonNode parse(String body, List<String> problems) {
    if (body == null || body.isEmpty()) {
      problems.add("the body is empty");
      return null;
    }
    try {
      return JSON.readTree(body == null ? "" : body);
    } catch (RuntimeException e) {
      problems.add("body is not JSON: " + e.getMessage());
      return null;
    }
  }

  private volatile Schema root;

  /** The whole document as one schema, so that sub-schemas share its tree instead of copying it. */
  private Schema root() {
    if (root == null) {
      root = registry.getSchema(SchemaLocation.of(doc.iri()));
    }
    return root;
  }

  private com.networknt.schema.path.NodePath nodePath(String pointer) {
    var path =
        new com.networknt.schema.path.NodePath(com.networknt.schema.path.PathType.JSON_POINTER);
    Object node = doc.root();
    for (String raw : pointer.substring(2).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (node instanceof List) {
        path = path.append(Integer.parseInt(token));
        node = ((List<?>) node).get(Integer.parseInt(token));
      } else {
        path = path.append(token);
        node = node instanceof Map ? ((Map<?, ?>) node).get(token) : null;
      }
    }
    return path;
  }
}
