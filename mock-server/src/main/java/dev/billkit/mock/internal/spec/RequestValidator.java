package dev.billkit.mock.internal.spec;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.json.MalformedJsonException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a request's path, query, header parameters and JSON body against its operation in the
 * spec, and converts them to typed values. Every failing field is reported, not only the first.
 * Thread-safe.
 */
public final class RequestValidator {
  private final SchemaValidators validators;

  public RequestValidator(SchemaValidators validators) {
    this.validators = validators;
  }

  /**
   * Validates one request.
   *
   * @param rawQuery the query string as sent (percent-encoded), or null
   * @param headers header lookup by name, case-insensitive; returns null when absent
   * @param body the raw body; empty when none was sent
   */
  public Result validate(
      ApiOperation op,
      Map<String, String> pathParams,
      String rawQuery,
      Function<String, String> headers,
      byte[] body) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, List<String>> query = QueryParams.parseQuery(rawQuery);
    Map<String, Object> typedQuery = new LinkedHashMap<>();
    Map<String, Map<String, List<String>>> deep = new LinkedHashMap<>();
    QueryParams.splitDeepObjects(op, query, deep, errors);
    for (ParameterSpec p : op.parameters()) {
      Object value;
      switch (p.in()) {
        case "path":
          value =
              QueryParams.single(
                  p, List.of(pathParams.getOrDefault(p.name(), "")), errors, op.document());
          break;
        case "header":
          String header = headers.apply(p.name());
          value =
              header == null ? null : QueryParams.single(p, List.of(header), errors, op.document());
          break;
        default:
          value =
              p.deepObject()
                  ? QueryParams.object(p, deep.get(p.name()), op.document(), errors)
                  : QueryParams.queryValue(p, query.get(p.name()), op.document(), errors);
      }
      if (value == null) {
        if (p.required()) {
          errors.add(FieldError.missing(p.name()));
        }
        continue;
      }
      errors.addAll(
          validators.validate(op.document(), p.schemaPointer(), value, p.name(), p.deepObject()));
      if (p.in().equals("query")) {
        typedQuery.put(p.name(), value);
      }
    }
    Map<String, Object> json = body(op, headers.apply("Content-Type"), body, errors);
    return new Result(List.copyOf(errors), Collections.unmodifiableMap(typedQuery), json);
  }

  private Map<String, Object> body(
      ApiOperation op, String contentType, byte[] raw, List<FieldError> errors) {
    if (isBlank(raw)) {
      return op.body() == null ? Map.of() : validateBody(op, new LinkedHashMap<>(), errors);
    }
    if (op.method().equals("GET") || op.method().equals("DELETE")) {
      return Map.of();
    }
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      errors.add(
          FieldError.invalid(
              null,
              "Content-Type must be application/json (got "
                  + (contentType == null ? "none" : contentType)
                  + "); form-encoded bodies are not supported"));
      return Map.of();
    }
    Object tree;
    try {
      tree = Json.read(raw);
    } catch (MalformedJsonException e) {
      errors.add(FieldError.invalid(null, "is not valid JSON: " + e.getMessage()));
      return Map.of();
    }
    if (!(tree instanceof Map)) {
      errors.add(FieldError.invalid(null, "must be a JSON object"));
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) tree;
    if (op.body() == null) {
      for (String name : map.keySet()) {
        errors.add(FieldError.unknown(name, " (" + op.describe() + " takes no body parameters)"));
      }
      return map;
    }
    return validateBody(op, map, errors);
  }

  private Map<String, Object> validateBody(
      ApiOperation op, Map<String, Object> map, List<FieldError> errors) {
    errors.addAll(validators.validate(op.document(), op.body().schemaPointer(), map, null, false));
    return map;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The outcome.
   *
   * @param errors every failing field; empty when the request is valid
   * @param query the typed query parameters that were given
   * @param body the parsed body (empty when none)
   */
  public record Result(
      List<FieldError> errors, Map<String, Object> query, Map<String, Object> body) {}
}
