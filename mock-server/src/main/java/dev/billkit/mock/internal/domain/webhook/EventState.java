package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.Events;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery bookkeeping of one event, in a table of its own: the timeline it happened on (its
 * retries run there) and the endpoints that have not acknowledged it yet, whose count is the
 * event's {@code pending_webhooks}.
 */
final class EventState {
  static final String TABLE = "webhook_event_state";

  private EventState() {}

  /** Records the event's timeline, once: the first time it is queued for any endpoint. */
  static void start(Work work, String eventId, String timeline) {
    if (work.find(TABLE, eventId) == null) {
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("id", eventId);
      state.put("timeline", timeline);
      state.put("pending", new ArrayList<>());
      work.save(TABLE, state);
    }
  }

  /** The timeline the event happened on, or null (the account) if it was never queued. */
  static String timeline(Work work, String eventId) {
    byte[] json = work.find(TABLE, eventId);
    return json == null ? null : (String) Json.readObject(json).get("timeline");
  }

  /** The endpoint now waits for the event (a first delivery or a redelivery). */
  static void pending(Work work, String eventId, String endpointId) {
    change(work, eventId, endpointId, true);
  }

  /** The endpoint acknowledged the event. */
  static void acknowledged(Work work, String eventId, String endpointId) {
    change(work, eventId, endpointId, false);
  }

  @SuppressWarnings("unchecked")
  private static void change(Work work, String eventId, String endpointId, boolean add) {
    byte[] json = work.find(TABLE, eventId);
    if (json == null) {
      return;
    }
    Map<String, Object> state = Json.readObject(json);
    List<Object> pending = new ArrayList<>((List<Object>) state.get("pending"));
    boolean changed =
        add ? !pending.contains(endpointId) && pending.add(endpointId) : pending.remove(endpointId);
    if (!changed) {
      return;
    }
    state.put("pending", pending);
    work.save(TABLE, state);
    byte[] eventJson = work.find(Events.TABLE, eventId);
    if (eventJson != null) {
      Map<String, Object> event = Json.readObject(eventJson);
      event.put("pending_webhooks", (long) pending.size());
      work.save(Events.TABLE, event);
    }
  }
}
