package dev.billkit.mock.internal.tenant;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.json.RawJson;
import dev.billkit.mock.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records a tenant's events in the DESIGN §7 envelope, into the {@code event} table (newest first
 * in lists like every resource). Delivery to webhook endpoints is not done here. Domain code emits
 * through {@code Work.emit}, which stamps the time and the cause and tells the emit hooks. Call
 * under the tenant's exclusive lock.
 */
public final class Events {
  /** The table events are kept in. */
  public static final String TABLE = "event";

  private final Ids ids;
  private final ResourceStore store;

  Events(Ids ids, ResourceStore store) {
    this.ids = ids;
    this.store = store;
  }

  /**
   * Records one event.
   *
   * @param type e.g. {@code customer.created}
   * @param object the resource's JSON as it is after the change
   * @param previousAttributes the changed fields' old values, or null
   * @param requestId the request that caused it, or null (a scheduled task)
   * @param idempotencyKey that request's key, or null
   * @param createdAt the moment it happened, RFC 3339: the time of the object's own timeline
   * @return the event's JSON
   */
  public byte[] emit(
      String type,
      byte[] object,
      Map<String, Object> previousAttributes,
      String requestId,
      String idempotencyKey,
      String createdAt) {
    String id = ids.next(IdPrefix.EVENT);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object", new RawJson(object));
    data.put("previous_attributes", previousAttributes);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("id", requestId);
    request.put("idempotency_key", idempotencyKey);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("id", id);
    event.put("object", "event");
    event.put("type", type);
    event.put("created_at", createdAt);
    event.put("livemode", false);
    event.put("data", data);
    event.put("request", request);
    // Delivery (the webhooks work) keeps this count; until then no endpoint is waiting.
    event.put("pending_webhooks", 0L);
    byte[] json = Json.write(event);
    store.table(TABLE).put(id, json);
    return json;
  }
}
