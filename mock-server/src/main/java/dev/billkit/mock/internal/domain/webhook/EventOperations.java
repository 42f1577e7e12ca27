package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.Timelines;
import dev.billkit.mock.internal.tenant.Events;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The event operations: list (with a {@code type} filter whose trailing {@code *} matches a
 * prefix), retrieve, and redeliver (a new chain of attempts with the same {@code webhook-id}, whose
 * attempt numbers continue from the last one to that endpoint). Thread-safe.
 */
final class EventOperations {
  private static final String PARAM = "event";

  private final Dispatcher dispatcher;
  private final ListHandler list =
      ListHandler.of(Events.TABLE)
          .where("type", (event, type) -> typeMatches(event, (String) type));

  EventOperations(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  MockResponse list(Call call) {
    return list.handle(call);
  }

  MockResponse retrieve(Call call) {
    return MockResponse.ok(call.require(Events.TABLE, call.pathParam(PARAM), PARAM));
  }

  MockResponse redeliver(Call call) {
    String eventId = call.pathParam(PARAM);
    Map<String, Object> event = Json.readObject(call.require(Events.TABLE, eventId, PARAM));
    String only = (String) call.body().get("webhook_endpoint");
    List<Map<String, Object>> targets = new ArrayList<>();
    if (only != null) {
      Map<String, Object> endpoint =
          Json.readObject(call.require(Endpoints.TABLE, only, "webhook_endpoint"));
      if (!"enabled".equals(endpoint.get("status"))) {
        throw ApiError.invalidState(
            "webhook endpoint",
            only,
            "disabled",
            "redeliver an event to",
            List.of("update it with status=enabled, then redeliver"));
      }
      targets.add(endpoint);
    } else {
      for (Map.Entry<String, byte[]> e : call.table(Endpoints.TABLE).entries()) {
        Map<String, Object> endpoint = Json.readObject(e.getValue());
        if ("enabled".equals(endpoint.get("status"))
            && EventCatalogue.matches(
                (List<?>) endpoint.get("enabled_events"), (String) event.get("type"))) {
          targets.add(endpoint);
        }
      }
    }
    String timeline = EventState.timeline(call, eventId);
    try {
      Timelines.now(call.tenant(), timeline);
    } catch (IllegalArgumentException e) {
      timeline = null; // the event's test clock is gone: retries follow the account clock
    }
    call.useClock(timeline);
    EventState.start(call, eventId, timeline);
    for (Map<String, Object> endpoint : targets) {
      EventState.pending(call, eventId, (String) endpoint.get("id"));
    }
    for (Map<String, Object> endpoint : targets) {
      long next = lastAttempt(call, eventId, (String) endpoint.get("id")) + 1;
      dispatcher.attempt(call, endpoint, eventId, next, next);
    }
    return MockResponse.ok(call.require(Events.TABLE, eventId, PARAM));
  }

  private static long lastAttempt(Call call, String eventId, String endpointId) {
    long last = 0;
    for (Map.Entry<String, byte[]> e : call.table(Dispatcher.TABLE).entries()) {
      Map<String, Object> d = Json.readObject(e.getValue());
      if (eventId.equals(d.get("event")) && endpointId.equals(d.get("webhook_endpoint"))) {
        last = Math.max(last, (Long) d.get("attempt"));
      }
    }
    return last;
  }

  private static boolean typeMatches(Map<String, Object> event, String filter) {
    String type = (String) event.get("type");
    return filter.endsWith("*")
        ? type.startsWith(filter.substring(0, filter.length() - 1))
        : type.equals(filter);
  }
}
