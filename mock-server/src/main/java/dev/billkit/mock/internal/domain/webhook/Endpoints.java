package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.Metadata;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.spec.FieldError;
import dev.billkit.mock.internal.tenant.IdPrefix;
import dev.billkit.mock.internal.tenant.Task;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhook endpoint operations: create (the secret is shown once), retrieve, list, update,
 * delete, rotate_secret and the delivery log. Stored endpoints always have {@code secret: null};
 * secrets live in {@link EndpointState}. Thread-safe (stateless but for the sender).
 */
final class Endpoints {
  static final String TABLE = "webhook_endpoint";
  private static final String PARAM = "webhook_endpoint";
  private static final long DEFAULT_OVERLAP = 86_400;

  private final Sender sender;
  private final ListHandler deliveries =
      ListHandler.of(Dispatcher.TABLE)
          .pathEqual(PARAM, "webhook_endpoint")
          .equal("event")
          .equal("status");

  Endpoints(Sender sender) {
    this.sender = sender;
  }

  MockResponse create(Call call) {
    Map<String, Object> body = call.body();
    List<FieldError> errors = new ArrayList<>();
    String url = checkUrl(body.get("url"), errors);
    List<String> events =
        EventCatalogue.check((List<?>) body.get("enabled_events"), "enabled_events", errors);
    if (!errors.isEmpty()) {
      throw ApiError.validation(errors);
    }
    Map<String, Object> endpoint = call.newObject(IdPrefix.WEBHOOK_ENDPOINT, "webhook_endpoint");
    endpoint.put("metadata", Metadata.of(body.get("metadata")));
    endpoint.put("url", url);
    endpoint.put("description", body.get("description"));
    endpoint.put("enabled_events", events);
    endpoint.put("status", "enabled");
    endpoint.put("disabled_reason", null);
    endpoint.put("secret", null);
    endpoint.put("secret_rotated_at", null);
    call.save(TABLE, endpoint);
    endpoint.put("secret", EndpointState.create(call, (String) endpoint.get("id")));
    return MockResponse.ok(endpoint);
  }

  MockResponse retrieve(Call call) {
    return MockResponse.ok(call.require(TABLE, call.pathParam(PARAM), PARAM));
  }

  MockResponse update(Call call) {
    Map<String, Object> body = call.body();
    StoredObject endpoint = call.edit(TABLE, call.pathParam(PARAM), PARAM);
    List<FieldError> errors = new ArrayList<>();
    if (body.containsKey("url")) {
      endpoint.set("url", checkUrl(body.get("url"), errors));
    }
    if (body.containsKey("enabled_events")) {
      endpoint.set(
          "enabled_events",
          EventCatalogue.check((List<?>) body.get("enabled_events"), "enabled_events", errors));
    }
    if (!errors.isEmpty()) {
      throw ApiError.validation(errors);
    }
    endpoint.copy(body, "description").mergeMetadata(body.get("metadata"));
    String status = (String) body.get("status");
    if ("disabled".equals(status) && "enabled".equals(endpoint.string("status"))) {
      endpoint.save();
      disable(call, sender, endpoint.id(), "manual");
      endpoint = call.edit(TABLE, endpoint.id(), PARAM);
    } else if ("enabled".equals(status) && "disabled".equals(endpoint.string("status"))) {
      endpoint.set("status", "enabled").set("disabled_reason", null);
      EndpointState.resetFailures(call, endpoint.id());
      String id = endpoint.id();
      call.afterCommit(() -> sender.resume(call.tenant(), id));
    }
    return MockResponse.ok(endpoint.save());
  }

  MockResponse delete(Call call) {
    String id = call.pathParam(PARAM);
    call.require(TABLE, id, PARAM);
    stopRetries(call, id);
    for (Map.Entry<String, byte[]> e : call.table(Dispatcher.TABLE).entries()) {
      Map<String, Object> d = Json.readObject(e.getValue());
      if (id.equals(d.get("webhook_endpoint")) && "pending".equals(d.get("status"))) {
        d.put("status", "failed");
        d.put("error", Result.DELETED);
        call.save(Dispatcher.TABLE, d);
      }
    }
    call.table(TABLE).remove(id);
    call.table(EndpointState.TABLE).remove(id);
    call.afterCommit(
        () -> {
          sender.stop(call.tenant(), id);
          call.tenant().settings().webhookChaos(id, null);
        });
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("id", id);
    deleted.put("object", "webhook_endpoint");
    deleted.put("deleted", true);
    return MockResponse.ok(deleted);
  }

  MockResponse rotateSecret(Call call) {
    StoredObject endpoint = call.edit(TABLE, call.pathParam(PARAM), PARAM);
    Object keep = call.body().get("expire_previous_after_seconds");
    String secret =
        EndpointState.rotate(call, endpoint.id(), keep == null ? DEFAULT_OVERLAP : (Long) keep);
    endpoint.set("secret_rotated_at", call.nowText()).save();
    Map<String, Object> shown = new LinkedHashMap<>(endpoint.fields());
    shown.put("secret", secret);
    return MockResponse.ok(shown);
  }

  MockResponse deliveries(Call call) {
    call.require(TABLE, call.pathParam(PARAM), PARAM);
    return deliveries.handle(call);
  }

  /**
   * Disables an endpoint: nothing more is delivered to it, its scheduled retries are dropped and
   * its queued attempts are not sent.
   *
   * @param reason {@code manual}, {@code consecutive_failures} or {@code gone}
   */
  static void disable(Work work, Sender sender, String endpointId, String reason) {
    work.edit(TABLE, endpointId, PARAM)
        .set("status", "disabled")
        .set("disabled_reason", reason)
        .save();
    stopRetries(work, endpointId);
    work.afterCommit(() -> sender.stop(work.tenant(), endpointId));
  }

  /** Cancels an endpoint's scheduled retries; their records no longer show a next retry. */
  static void stopRetries(Work work, String endpointId) {
    for (Task task : work.tenant().tasks().of(endpointId)) {
      if (task.kind().equals(Dispatcher.RETRY)) {
        String delivery = task.arg("delivery");
        if (work.find(Dispatcher.TABLE, delivery) != null) {
          work.edit(Dispatcher.TABLE, delivery, "delivery").set("next_retry_at", null).save();
        }
      }
    }
    work.cancelTasks(endpointId, Dispatcher.RETRY);
  }

  private static String checkUrl(Object value, List<FieldError> errors) {
    String url = (String) value;
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    errors.add(
        FieldError.invalid(
            "url", "must be an absolute http or https URL with a host (got \"" + url + "\")"));
    return url;
  }
}
