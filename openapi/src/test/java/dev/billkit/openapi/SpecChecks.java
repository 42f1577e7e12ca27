package dev.billkit.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Structural checks on a parsed spec that Spectral cannot express. Each method returns the
 * problems found, one human-readable sentence each naming the spec location, and an empty list
 * when there are none. Stateless and thread-safe.
 */
final class SpecChecks {
  static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
  static final String EVENT_SCHEMA = "Event";

  private SpecChecks() {}

  /** Every operation under {@code paths} has an operationId, unique in the spec, and one tag. */
  static List<String> operationProblems(OpenAPI api) {
    List<String> problems = new ArrayList<>();
    Map<String, String> firstUse = new LinkedHashMap<>();
    if (api.getPaths() == null) {
      return List.of("the spec has no paths");
    }
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      String where = method + " " + path;
      String id = op.getOperationId();
      if (id == null || id.isBlank()) {
        problems.add(where + " has no operationId");
      } else if (firstUse.containsKey(id)) {
        problems.add(where + " reuses operationId " + id + " of " + firstUse.get(id));
      } else {
        firstUse.put(id, where);
      }
      List<String> tags = op.getTags() == null ? List.of() : op.getTags();
      if (tags.size() != 1) {
        problems.add(where + " has " + tags.size() + " tags " + tags + ", needs exactly one");
      }
    }));
    return problems;
  }

  /** The operationIds under {@code paths}, in spec order. */
  static Set<String> operationIds(OpenAPI api) {
    Set<String> ids = new LinkedHashSet<>();
    if (api.getPaths() != null) {
      api.getPaths().values().forEach(item -> item.readOperations().stream()
          .map(Operation::getOperationId).filter(Objects::nonNull).forEach(ids::add));
    }
    return ids;
  }

  /**
   * Every key of {@code webhooks} has a POST whose JSON request body is a {@code $ref} to a schema
   * that exists; the webhook keys are exactly the keys of the {@code Event} schema's discriminator
   * mapping; each key maps to the very schema its webhook sends; and Event's oneOf lists exactly
   * the mapped schemas.
   */
  static List<String> webhookProblems(OpenAPI api) {
    List<String> problems = new ArrayList<>();
    Map<String, PathItem> webhooks = api.getWebhooks() == null ? Map.of() : api.getWebhooks();
    if (webhooks.isEmpty()) {
      problems.add("the spec has no webhooks section");
    }
    Set<String> schemas = schemaNames(api);
    Map<String, String> bodyRefs = new LinkedHashMap<>();
    webhooks.forEach((type, item) -> {
      String ref = webhookBodyRef(api, type, item, problems);
      if (ref == null) {
        return;
      }
      bodyRefs.put(type, ref);
      if (!ref.startsWith(SCHEMA_REF_PREFIX)
          || !schemas.contains(ref.substring(SCHEMA_REF_PREFIX.length()))) {
        problems.add("webhook " + type + " sends " + ref + ", which is not a schema of the spec");
      }
    });

    Schema<?> event = schemas.contains(EVENT_SCHEMA)
        ? api.getComponents().getSchemas().get(EVENT_SCHEMA) : null;
    if (event == null || event.getDiscriminator() == null
        || event.getDiscriminator().getMapping() == null) {
      problems.add("schema " + EVENT_SCHEMA + " has no discriminator mapping");
      return problems;
    }
    Map<String, String> mapping = event.getDiscriminator().getMapping();
    Set<String> onlyWebhooks = new TreeSet<>(webhooks.keySet());
    onlyWebhooks.removeAll(mapping.keySet());
    Set<String> onlyMapping = new TreeSet<>(mapping.keySet());
    onlyMapping.removeAll(webhooks.keySet());
    if (!onlyWebhooks.isEmpty()) {
      problems.add("webhooks missing from the Event discriminator mapping: " + onlyWebhooks);
    }
    if (!onlyMapping.isEmpty()) {
      problems.add("Event discriminator mapping keys that are not webhooks: " + onlyMapping);
    }
    bodyRefs.forEach((type, ref) -> {
      String mapped = mapping.get(type);
      if (mapped != null && !mapped.equals(ref)) {
        problems.add("webhook " + type + " sends " + ref + " but Event maps it to " + mapped);
      }
    });
    Set<String> oneOf = new TreeSet<>();
    if (event.getOneOf() != null) {
      event.getOneOf().forEach(s -> oneOf.add(String.valueOf(s.get$ref())));
    }
    if (!oneOf.equals(new TreeSet<>(mapping.values()))) {
      problems.add("Event oneOf " + oneOf + " differs from its mapping targets "
          + new TreeSet<>(mapping.values()));
    }
    return problems;
  }

  private static String webhookBodyRef(
      OpenAPI api, String type, PathItem item, List<String> problems) {
    Operation post = item.getPost();
    if (post == null) {
      problems.add("webhook " + type + " has no POST operation");
      return null;
    }
    RequestBody body = post.getRequestBody();
    if (body != null && body.get$ref() != null && api.getComponents() != null
        && api.getComponents().getRequestBodies() != null) {
      String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
      body = api.getComponents().getRequestBodies().get(name);
    }
    MediaType json = body == null || body.getContent() == null
        ? null : body.getContent().get("application/json");
    if (json == null || json.getSchema() == null) {
      problems.add("webhook " + type + " has no application/json request body schema");
      return null;
    }
    if (json.getSchema().get$ref() == null) {
      problems.add("webhook " + type + " request body schema must be a $ref to components/schemas");
      return null;
    }
    return json.getSchema().get$ref();
  }

  private static Set<String> schemaNames(OpenAPI api) {
    return api.getComponents() == null || api.getComponents().getSchemas() == null
        ? Set.of() : api.getComponents().getSchemas().keySet();
  }
}
