package dev.billkit.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the spec into what the templates need: models, services and operations. Conventions it
 * relies on (billing.yaml follows them): one tag and an {@code x-billkit-method} per operation,
 * list envelopes {@code {object, data, has_more, url}}, an {@code Event} oneOf with a
 * discriminator over allOf(EventBase, …) schemas.
 */
final class SpecModel {
  static final int DOC_WIDTH = 92;

  final Map<String, Infos.Model> models = new LinkedHashMap<>();
  final Map<String, Infos.Operation> operations = new LinkedHashMap<>();
  final List<Infos.Service> services = new ArrayList<>();
  final List<Infos.EventEntry> events = new ArrayList<>();
  final Set<String> skipped = new TreeSet<>();

  private final OpenAPI api;
  private final Map<String, Schema> schemas;
  private final Map<String, String> listItems = new LinkedHashMap<>();
  private final Fields fields;

  @SuppressWarnings("rawtypes")
  SpecModel(OpenAPI api) {
    this.api = api;
    this.schemas = api.getComponents().getSchemas();
    this.fields = new Fields(schemas);
    addQueryParamsSchemas();
    Set<String> eventTypes = new HashSet<>();
    String eventBase = readEvents(eventTypes);
    for (Map.Entry<String, Schema> e : schemas.entrySet()) {
      String name = e.getKey();
      Schema s = e.getValue();
      if (name.equals("Event") && eventBase != null) {
        models.put(name, eventBaseModel(eventBase));
      } else if (eventTypes.contains(name)) {
        models.put(name, eventModel(name, s, eventBase));
      } else if (isListEnvelope(s)) {
        listItems.put(name, Fields.refName(((Schema) s.getProperties().get("data")).getItems()));
        skipped.add(name);
      } else if (name.equals(eventBase) || name.equals("Error") || name.equals("ErrorDetail")
          || name.equals("FieldError") || s.getProperties() == null
          || s.getProperties().isEmpty()) {
        // The runtime owns errors; property-less schemas (maps, scalars, EmptyParams) inline.
        skipped.add(name);
      } else {
        models.put(name, objectModel(name, s));
      }
    }
    // allOf-only schemas that are not events have no properties of their own; none exist today.
    schemas.forEach((name, s) -> {
      if (s.getAllOf() != null && !eventTypes.contains(name) && !models.containsKey(name)) {
        throw new IllegalStateException("allOf schema " + name + " is not an event type");
      }
    });
    readOperations();
  }

  /** Query parameters of every GET become a params schema, generated like any other model. */
  private void addQueryParamsSchemas() {
    api.getPaths().forEach((path, item) -> {
      Operation op = item.getGet();
      if (op == null) {
        return;
      }
      ObjectSchema params = new ObjectSchema();
      for (Parameter p : parameters(op)) {
        if ("query".equals(p.getIn())) {
          params.addProperty(p.getName(), p.getSchema().description(p.getDescription()));
        }
      }
      if (params.getProperties() != null) {
        params.setDescription("Query parameters of {@code GET " + path + "}.");
        schemas.put(queryParamsName(op), params);
      }
    });
  }

  private static String queryParamsName(Operation op) {
    return Names.singular(op.getTags().get(0))
        + Names.upperCamel((String) op.getExtensions().get("x-billkit-method")) + "Params";
  }

  List<Parameter> parameters(Operation op) {
    List<Parameter> out = new ArrayList<>();
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (p.get$ref() != null) {
          p = api.getComponents().getParameters().get(Fields.tail(p.get$ref()));
        }
        out.add(p);
      }
    }
    return out;
  }

  @SuppressWarnings("rawtypes")
  private static boolean isListEnvelope(Schema s) {
    Map props = s.getProperties();
    return props != null && props.containsKey("data") && props.containsKey("has_more")
        && props.containsKey("object") && ((Schema) props.get("data")).getItems() != null;
  }

  /** Reads the Event discriminator; returns the name of the shared base schema. */
  @SuppressWarnings("rawtypes")
  private String readEvents(Set<String> eventTypes) {
    Schema event = schemas.get("Event");
    if (event == null || event.getDiscriminator() == null) {
      return null;
    }
    String base = null;
    for (Map.Entry<String, String> m : event.getDiscriminator().getMapping().entrySet()) {
      String schemaName = Fields.tail(m.getValue());
      Infos.EventEntry entry = new Infos.EventEntry();
      entry.type = m.getKey();
      entry.className = schemaName;
      events.add(entry);
      eventTypes.add(schemaName);
      base = Fields.refName((Schema) schemas.get(schemaName).getAllOf().get(0));
    }
    return base;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Infos.Model objectModel(String name, Schema s) {
    Infos.Model m = new Infos.Model();
    m.kind = "object";
    m.isObject = true;
    m.className = name;
    m.isParams = name.endsWith("Params");
    m.doc = Docs.lines(s.getDescription(), DOC_WIDTH);
    Set<String> required = s.getRequired() == null ? Set.of() : new HashSet<>(s.getRequired());
    ((Map<String, Schema>) s.getProperties()).forEach(
        (prop, ps) -> m.fields.add(fields.field(m, prop, ps, required.contains(prop))));
    markLast(m.fields);
    return m;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Infos.Model eventBaseModel(String baseName) {
    Infos.Model m = objectModel("Event", schemas.get(baseName));
    m.kind = "event-base";
    m.isObject = false;
    m.isEventBase = true;
    m.doc = Docs.lines(schemas.get("Event").getDescription(), DOC_WIDTH);
    m.fields.removeIf(f -> f.jsonName.equals("data"));
    markLast(m.fields);
    return m;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Infos.Model eventModel(String name, Schema s, String baseName) {
    Infos.Model m = new Infos.Model();
    m.kind = "event";
    m.isEvent = true;
    m.className = name;
    m.doc = Docs.lines(s.getDescription(), DOC_WIDTH);
    Set<String> baseProps = schemas.get(baseName).getProperties().keySet();
    for (Object part : s.getAllOf()) {
      Schema p = (Schema) part;
      if (p.get$ref() != null) {
        continue;
      }
      Set<String> required = p.getRequired() == null ? Set.of() : new HashSet<>(p.getRequired());
      ((Map<String, Schema>) p.getProperties()).forEach((prop, ps) -> {
        if (prop.equals("type")) {
          m.eventType = String.valueOf(ps.getEnum().get(0));
        } else if (!baseProps.contains(prop) || prop.equals("data")) {
          m.fields.add(fields.field(m, prop, ps, required.contains(prop)));
        }
      });
    }
    markLast(m.fields);
    return m;
  }

  static void markLast(List<Infos.Field> list) {
    for (int i = 0; i < list.size(); i++) {
      list.get(i).last = i == list.size() - 1;
    }
  }

  private void readOperations() {
    Map<String, Infos.Service> byTag = new LinkedHashMap<>();
    api.getTags().forEach(t -> {
      Infos.Service s = new Infos.Service();
      s.tag = t.getName();
      s.className = Names.singular(t.getName()) + "Service";
      s.accessor = Names.lowerCamel(t.getName());
      s.doc = Docs.lines(t.getDescription(), DOC_WIDTH);
      byTag.put(t.getName(), s);
    });
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      Infos.Operation o = operation(path, method, op);
      operations.put(op.getOperationId(), o);
      byTag.get(op.getTags().get(0)).operations.add(o);
    }));
    byTag.values().stream().filter(s -> !s.operations.isEmpty()).forEach(services::add);
  }

  @SuppressWarnings("rawtypes")
  private Infos.Operation operation(String path, PathItem.HttpMethod method, Operation op) {
    Infos.Operation o = new Infos.Operation();
    String tag = op.getTags().get(0);
    String name = (String) op.getExtensions().get("x-billkit-method");
    o.methodName = Names.isReserved(name) ? name + Names.singular(tag) : name;
    o.httpMethod = method.name();
    o.path = path;
    o.summary = op.getSummary();
    o.doc = Docs.lines((op.getSummary() == null ? "" : op.getSummary() + ".\n\n")
        + (op.getDescription() == null ? "" : op.getDescription()), DOC_WIDTH - 2);
    List<String> decl = new ArrayList<>();
    List<String> call = new ArrayList<>();
    for (Parameter p : parameters(op)) {
      if ("path".equals(p.getIn())) {
        Infos.PathParam pp = new Infos.PathParam();
        pp.name = p.getName();
        pp.javaName = Names.member(Names.lowerCamel(p.getName()));
        o.pathParams.add(pp);
        decl.add("String " + pp.javaName);
        call.add(pp.javaName);
      }
    }
    if (method == PathItem.HttpMethod.GET && models.containsKey(queryParamsName(op))) {
      o.paramsType = queryParamsName(op);
      o.query = models.get(o.paramsType).fields;
      o.hasQuery = true;
    } else if (op.getRequestBody() != null) {
      Schema body = op.getRequestBody().getContent().get("application/json").getSchema();
      String bodyName = Fields.refName(body);
      if (models.containsKey(bodyName)) {
        o.paramsType = bodyName;
        o.hasBody = true;
      }
    }
    if (o.paramsType != null) {
      decl.add(o.paramsType + " params");
      call.add("params");
    }
    o.argsDecl = String.join(", ", decl);
    o.argsCall = String.join(", ", call);
    o.argsDeclComma = decl.isEmpty() ? "" : o.argsDecl + ", ";
    o.argsCallComma = call.isEmpty() ? "" : o.argsCall + ", ";
    String response = Fields.refName(success(op));
    if (listItems.containsKey(response)) {
      o.isList = true;
      o.itemType = listItems.get(response);
      o.returnType = "Page<" + o.itemType + ">";
    } else {
      o.responseClass = response;
      o.returnType = response;
    }
    return o;
  }

  @SuppressWarnings("rawtypes")
  private Schema success(Operation op) {
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      if (e.getKey().startsWith("2")) {
        ApiResponse r = e.getValue();
        if (r.get$ref() != null) {
          r = api.getComponents().getResponses().get(Fields.tail(r.get$ref()));
        }
        MediaType json = r.getContent().get("application/json");
        return json.getSchema();
      }
    }
    throw new IllegalStateException(op.getOperationId() + " has no 2xx JSON response");
  }
}
