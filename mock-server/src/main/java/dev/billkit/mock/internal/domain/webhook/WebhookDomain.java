package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.tenant.Task;
import java.util.Map;

/**
 * Webhook endpoints, events and signed delivery (DESIGN §7, issue 5): every event any domain emits
 * goes, once its unit of work commits, to each enabled endpoint subscribed to its type, as a real
 * HTTP POST signed with Standard Webhooks v1; failures are retried with backoff on the event's
 * timeline. Register it before any domain whose emit hooks emit events themselves (benefits), so
 * that deliveries are queued in the order events happen. Thread-safe.
 */
public final class WebhookDomain implements Domain {
  private final Sender sender;
  private final Dispatcher dispatcher;

  /** With {@link WebhookOptions#defaults()}. */
  public WebhookDomain() {
    this(WebhookOptions.defaults());
  }

  public WebhookDomain(WebhookOptions options) {
    this.sender = new Sender(options);
    this.dispatcher = new Dispatcher(sender);
  }

  @Override
  public void register(Handlers handlers) {
    Endpoints endpoints = new Endpoints(sender);
    EventOperations events = new EventOperations(dispatcher);
    handlers
        .on("createWebhookEndpoint", endpoints::create)
        .on("retrieveWebhookEndpoint", endpoints::retrieve)
        .on("listWebhookEndpoints", ListHandler.of(Endpoints.TABLE).equal("status"))
        .on("updateWebhookEndpoint", endpoints::update)
        .on("deleteWebhookEndpoint", endpoints::delete)
        .on("rotateWebhookEndpointSecret", endpoints::rotateSecret)
        .on("listWebhookDeliveries", endpoints::deliveries)
        .on("listEvents", events::list)
        .on("retrieveEvent", events::retrieve)
        .on("redeliverEvent", events::redeliver);
    handlers
        .tasks()
        .on(Dispatcher.RETRY, dispatcher::retry)
        .on(Dispatcher.OUTCOME, dispatcher::outcome);
    handlers.onEmit(dispatcher::emitted);
    handlers.onTestClockDeleted(
        (work, clock) -> {
          // Retries on that clock are dropped with it; their records stop showing a next retry.
          for (Task task : work.tenant().tasks().pending(clock)) {
            if (task.kind().equals(Dispatcher.RETRY)
                && work.find(Dispatcher.TABLE, task.arg("delivery")) != null) {
              Map<String, Object> record =
                  Json.readObject(work.find(Dispatcher.TABLE, task.arg("delivery")));
              record.put("next_retry_at", null);
              work.save(Dispatcher.TABLE, record);
            }
          }
        });
  }
}
