package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.StoredObject;
import dev.billkit.mock.internal.op.TaskRun;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import dev.billkit.mock.internal.tenant.Events;
import dev.billkit.mock.internal.tenant.IdPrefix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state side of delivery, always inside a unit of work: it creates delivery attempts (one
 * {@code whd_} record each) for new events, retries and redeliveries and hands them to the {@link
 * Sender} once the unit commits; it records each attempt's outcome, schedules retries with {@link
 * Backoff} on the event's timeline, and disables endpoints after {@value #MAX_FAILURES} consecutive
 * failures or at once on 410. Thread-safe (stateless but for the sender).
 */
final class Dispatcher {
  static final String TABLE = "webhook_delivery";

  /** The task kind that sends the retry of a failed attempt. */
  static final String RETRY = "webhook.retry";

  /** The task kind, run at once (never scheduled), that records an attempt's outcome. */
  static final String OUTCOME = "webhook.outcome";

  static final long MAX_FAILURES = 10;

  private final Sender sender;

  Dispatcher(Sender sender) {
    this.sender = sender;
  }

  /** The emit hook: queues the event for every enabled endpoint subscribed to its type. */
  void emitted(Work work, byte[] eventJson) {
    if (work.table(Endpoints.TABLE).size() == 0) {
      return; // the common case: nothing to deliver to, so not even a parse
    }
    Map<String, Object> event = Json.readObject(eventJson);
    String eventId = (String) event.get("id");
    List<Map<String, Object>> targets = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : work.table(Endpoints.TABLE).entries()) {
      Map<String, Object> endpoint = Json.readObject(e.getValue());
      if ("enabled".equals(endpoint.get("status"))
          && EventCatalogue.matches((List<?>) endpoint.get("enabled_events"), type(event))) {
        targets.add(endpoint);
      }
    }
    if (targets.isEmpty()) {
      return;
    }
    EventState.start(work, eventId, work.clock());
    for (Map<String, Object> endpoint : targets) {
      EventState.pending(work, eventId, (String) endpoint.get("id"));
    }
    for (Map<String, Object> endpoint : targets) {
      attempt(work, endpoint, eventId, 1, 1);
    }
  }

  /**
   * Creates one attempt of {@code eventId} to {@code endpoint} and queues it once the unit commits;
   * when the tenant's queue is full it is recorded as failed with {@code queue_overflow} instead
   * (and retried like any failure).
   */
  void attempt(Work work, Map<String, Object> endpoint, String eventId, long n, long chainStart) {
    byte[] eventJson = work.require(Events.TABLE, eventId, "event");
    String endpointId = (String) endpoint.get("id");
    String type = type(Json.readObject(eventJson));
    Map<String, Object> record = work.newObject(IdPrefix.WEBHOOK_DELIVERY, "webhook_delivery");
    record.put("webhook_endpoint", endpointId);
    record.put("event", eventId);
    record.put("event_type", type);
    record.put("attempt", n);
    record.put("status", "pending");
    record.put("response_status", null);
    record.put("latency_ms", null);
    record.put("error", null);
    record.put("next_retry_at", null);
    work.save(TABLE, record);
    Send send =
        new Send(
            work.tenant(),
            work.handlers(),
            EventState.timeline(work, eventId),
            (String) record.get("id"),
            endpointId,
            eventId,
            type,
            n,
            chainStart,
            (String) record.get("created_at"),
            (String) endpoint.get("url"),
            eventJson,
            EndpointState.keys(work, endpointId),
            Send.Chaos.of(work.tenant().settings().webhookChaos(endpointId)));
    if (sender.reserve(work)) {
      work.afterCommit(() -> sender.submit(send));
    } else {
      record(work, send.delivery(), new Result(null, Result.OVERFLOW, 0), chainStart);
      work.afterCommit(() -> sender.recordOverflow(send));
    }
  }

  /** The {@value #RETRY} task: sends the next attempt of a failed one, if still wanted. */
  void retry(TaskRun task) {
    byte[] previous = task.find(TABLE, task.arg("delivery"));
    byte[] endpoint = task.find(Endpoints.TABLE, task.objectId());
    if (previous == null || endpoint == null) {
      return;
    }
    Map<String, Object> ep = Json.readObject(endpoint);
    Map<String, Object> failed = Json.readObject(previous);
    String eventId = (String) failed.get("event");
    if ("enabled".equals(ep.get("status")) && task.find(Events.TABLE, eventId) != null) {
      long n = (Long) failed.get("attempt") + 1;
      attempt(task, ep, eventId, n, Long.parseLong(task.arg("chain_start")));
    }
  }

  /** The {@value #OUTCOME} task: records how an attempt ended. */
  void outcome(TaskRun task) {
    record(
        task,
        task.objectId(),
        Result.fromArgs(task.task().args()),
        Long.parseLong(task.arg("chain_start")));
  }

  private void record(Work work, String deliveryId, Result result, long chainStart) {
    if (work.find(TABLE, deliveryId) == null) {
      return;
    }
    StoredObject delivery = work.edit(TABLE, deliveryId, "delivery");
    if (!"pending".equals(delivery.string("status"))) {
      return; // its endpoint was deleted meanwhile
    }
    delivery
        .set("status", result.succeeded() ? "succeeded" : "failed")
        .set("response_status", result.status() == null ? null : (long) result.status())
        .set("latency_ms", result.status() != null || isTimeout(result) ? result.millis() : null)
        .set("error", result.error());
    String endpointId = delivery.string("webhook_endpoint");
    byte[] endpoint = work.find(Endpoints.TABLE, endpointId);
    if (endpoint == null || result.dropped()) {
      delivery.save();
      return;
    }
    if (result.succeeded()) {
      EndpointState.resetFailures(work, endpointId);
      EventState.acknowledged(work, delivery.string("event"), endpointId);
      delivery.save();
      return;
    }
    if (!Result.OVERFLOW.equals(result.error())) {
      // An overflow is the mock's own backlog, not the receiver's fault: it is retried, not
      // counted.
      long failures = EndpointState.failed(work, endpointId);
      String reason =
          Integer.valueOf(410).equals(result.status())
              ? "gone"
              : failures >= MAX_FAILURES ? "consecutive_failures" : null;
      if (reason != null) {
        delivery.save();
        Endpoints.disable(work, sender, endpointId, reason);
        return;
      }
    }
    long n = (Long) delivery.get("attempt");
    if ("enabled".equals(Json.readObject(endpoint).get("status"))
        && n - chainStart + 1 < Backoff.MAX_ATTEMPTS) {
      Instant due = work.now().plus(Backoff.after((int) (n - chainStart + 1), deliveryId));
      work.schedule(
          RETRY,
          due,
          endpointId,
          Map.of("delivery", deliveryId, "chain_start", Long.toString(chainStart)));
      delivery.set("next_retry_at", Times.format(due));
    }
    delivery.save();
  }

  private static boolean isTimeout(Result result) {
    return "timeout".equals(result.error());
  }

  private static String type(Map<String, Object> event) {
    return (String) event.get("type");
  }
}
