package dev.billkit.mock.internal.spec;

import java.util.Map;

/**
 * A path, query or header parameter. Immutable.
 *
 * @param name the name as sent on the wire (header names compare case-insensitively)
 * @param in {@code path}, {@code query} or {@code header}
 * @param required whether it must be present
 * @param deepObject whether it is an object sent as {@code name[key]=value}
 * @param explode for arrays: whether each item is its own {@code name=value} (else comma-separated)
 * @param schemaPointer local reference of its schema, for the validator
 * @param schema the schema with its top-level {@code $ref} followed, for string coercion
 */
public record ParameterSpec(
    String name,
    String in,
    boolean required,
    boolean deepObject,
    boolean explode,
    String schemaPointer,
    Map<String, Object> schema) {}
