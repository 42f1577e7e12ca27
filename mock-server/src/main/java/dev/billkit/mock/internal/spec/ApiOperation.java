package dev.billkit.mock.internal.spec;

import java.util.List;

/**
 * One operation of an OpenAPI document: where it is routed and what its request may contain.
 * Immutable.
 *
 * @param operationId the spec's operationId, the key handlers are registered under
 * @param method upper-case HTTP method
 * @param pathTemplate the spec path, e.g. {@code /v1/customers/{customer}}
 * @param tags the spec tags (the first one names the resource area)
 * @param parameters path, query and header parameters, operation-level ones overriding path-level
 * @param body the JSON request body, or null when the operation takes none
 * @param pointer local reference of the operation object, e.g. {@code #/paths/~1v1~1x/post}
 * @param document the document the operation comes from
 * @param index position of this operation in its {@link SpecIndex}, dense from 0
 */
public record ApiOperation(
    String operationId,
    String method,
    String pathTemplate,
    List<String> tags,
    List<ParameterSpec> parameters,
    BodySpec body,
    String pointer,
    SpecDocument document,
    int index) {

  /** {@code METHOD /path/template}, as used in messages. */
  public String describe() {
    return method + " " + pathTemplate;
  }

  /** The first tag, or the empty string. */
  public String tag() {
    return tags.isEmpty() ? "" : tags.get(0);
  }

  /**
   * A JSON request body.
   *
   * @param required whether an empty body is an error (an empty optional body means "no fields")
   * @param schemaPointer local reference of its {@code application/json} schema
   */
  public record BodySpec(boolean required, String schemaPointer) {}
}
