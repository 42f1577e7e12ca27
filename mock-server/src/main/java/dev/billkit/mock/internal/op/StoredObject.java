package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stored object opened for editing by {@link Work#edit}: read it as a map, change fields, save it
 * back, and get the {@code previous_attributes} of the {@code *.updated} event for free. A field
 * counts as changed when its final value differs from the stored one; setting a field back to its
 * old value is no change. Used by one thread, inside the unit of work that opened it.
 *
 * <pre>{@code
 * StoredObject customer = call.edit("customer", call.pathParam("customer"), "customer");
 * customer.copy(call.body(), "email", "name").mergeMetadata(call.body().get("metadata"));
 * return MockResponse.ok(customer.saveAndEmit("customer.updated"));
 * }</pre>
 */
public final class StoredObject {
  private final Work work;
  private final String resource;
  private final Map<String, Object> original;
  private final Map<String, Object> fields;

  StoredObject(Work work, String resource, byte[] json) {
    this.work = work;
    this.resource = resource;
    this.original = Json.readObject(json);
    this.fields = Json.readObject(json);
  }

  /** The object's id. */
  public String id() {
    return (String) original.get("id");
  }

  /** A field's current value (JSON tree types: String, Long, Boolean, Map, List, null). */
  public Object get(String field) {
    return fields.get(field);
  }

  /** A string field's current value, or null. */
  public String string(String field) {
    return (String) fields.get(field);
  }

  /** The live map of fields: changes made to it directly count like {@link #set}. */
  public Map<String, Object> fields() {
    return fields;
  }

  /** Sets a field (adding it at the end if the object had none). */
  public StoredObject set(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  /** Copies each named field that {@code body} contains (an explicit null included). */
  public StoredObject copy(Map<String, Object> body, String... names) {
    for (String name : names) {
      if (body.containsKey(name)) {
        fields.put(name, body.get(name));
      }
    }
    return this;
  }

  /**
   * Merges metadata changes as the spec's {@code Metadata} says (see {@link Metadata#merge}); does
   * nothing when {@code changes} is null (the request did not send metadata).
   *
   * @throws ApiError 400 when the result would have more than 50 keys
   */
  @SuppressWarnings("unchecked")
  public StoredObject mergeMetadata(Object changes) {
    if (changes != null) {
      Map<String, Object> current = (Map<String, Object>) fields.get("metadata");
      fields.put(
          "metadata",
          Metadata.merge(current == null ? Map.of() : current, (Map<String, Object>) changes));
    }
    return this;
  }

  /** Whether any field differs from the stored object. */
  public boolean changed() {
    return previousAttributes() != null;
  }

  /**
   * The changed fields with their stored values, in the object's field order (a field that was
   * absent has null), or null when nothing changed: the {@code previous_attributes} of an update
   * event. A changed nested map (metadata) appears whole.
   */
  public Map<String, Object> previousAttributes() {
    Map<String, Object> previous = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Object old = original.get(e.getKey());
      if (!Objects.equals(old, e.getValue()) || !original.containsKey(e.getKey())) {
        previous.put(e.getKey(), old);
      }
    }
    return previous.isEmpty() ? null : previous;
  }

  /** Writes the object back if it changed; returns its JSON either way. */
  public byte[] save() {
    if (!changed()) {
      return work.table(resource).get(id());
    }
    return work.save(resource, fields);
  }

  /**
   * {@link #save()}, then, if anything changed, emits {@code eventType} with the previous
   * attributes. Returns the object's JSON.
   */
  public byte[] saveAndEmit(String eventType) {
    Map<String, Object> previous = previousAttributes();
    byte[] json = save();
    if (previous != null) {
      work.emit(eventType, json, previous);
    }
    return json;
  }
}
