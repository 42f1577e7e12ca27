package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.errors.BillkitInvalidDataException;
import dev.billkit.model.Event;
import dev.billkit.model.EventListParams;
import dev.billkit.model.Subscription;
import dev.billkit.model.SubscriptionCanceledEvent;
import dev.billkit.model.UnknownEvent;
import org.junit.jupiter.api.Test;

/** Values and event types newer than this SDK parse without error and keep their raw form. */
class ForwardCompatibilityTest extends FaultHarness {
  private static String subscription(String status) {
    return "{\"id\":\"sub_1\",\"object\":\"subscription\",\"customer\":\"cus_1\",\"status\":\""
        + status + "\",\"recurring_interval\":\"month\",\"amount\":2000,\"currency\":\"usd\","
        + "\"a_field_from_the_future\":{\"nested\":[1,2]}}";
  }

  private static final String KNOWN_EVENT = "{\"id\":\"evt_1\",\"object\":\"event\","
      + "\"type\":\"subscription.canceled\",\"created_at\":\"2026-11-01T12:00:00Z\","
      + "\"livemode\":false,\"pending_webhooks\":0,"
      + "\"request\":{\"id\":\"req_1\",\"idempotency_key\":\"k1\"},"
      + "\"data\":{\"object\":" + subscription("canceled") + ",\"previous_attributes\":"
      + "{\"status\":\"active\"}}}";

  private static final String FUTURE_EVENT = "{\"id\":\"evt_2\",\"object\":\"event\","
      + "\"type\":\"subscription.teleported\",\"created_at\":\"2026-11-02T12:00:00Z\","
      + "\"livemode\":false,\"pending_webhooks\":1,"
      + "\"request\":{\"id\":null,\"idempotency_key\":null},"
      + "\"data\":{\"object\":{\"id\":\"sub_1\",\"amount\":2000}}}";

  @Test
  void anUnknownEnumValueParsesToUnknownAndKeepsTheRawString() {
    server.enqueue(json(200, subscription("hibernating")));

    Subscription sub = client.subscriptions().retrieve("sub_1");

    assertThat(sub.status()).isEqualTo(Subscription.Status.UNKNOWN);
    assertThat(sub.statusValue()).isEqualTo("hibernating");
    assertThat(sub.recurringInterval()).isEqualTo(Subscription.RecurringInterval.MONTH);
    assertThat(sub.amount()).isEqualTo(2000L);
  }

  @Test
  void aKnownEnumValueParsesToItsConstant() {
    server.enqueue(json(200, subscription("past_due")));

    Subscription sub = client.subscriptions().retrieve("sub_1");

    assertThat(sub.status()).isEqualTo(Subscription.Status.PAST_DUE);
    assertThat(sub.status().value()).isEqualTo("past_due");
  }

  @Test
  void aKnownEventTypeParsesToItsTypedClass() {
    Event event = Event.parse(KNOWN_EVENT);

    assertThat(event).isInstanceOf(SubscriptionCanceledEvent.class);
    SubscriptionCanceledEvent canceled = (SubscriptionCanceledEvent) event;
    assertThat(canceled.type()).isEqualTo(SubscriptionCanceledEvent.TYPE);
    assertThat(canceled.data().object().status()).isEqualTo(Subscription.Status.CANCELED);
    assertThat(canceled.data().object().statusValue()).isEqualTo("canceled");
    assertThat(canceled.data().previousAttributes()).containsEntry("status", "active");
    assertThat(canceled.request().idempotencyKey()).hasValue("k1");
  }

  @Test
  void anUnknownEventTypeBecomesUnknownEventWithTheRawJson() {
    Event event = Event.parse(FUTURE_EVENT);

    assertThat(event).isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) event;
    assertThat(unknown.id()).isEqualTo("evt_2");
    assertThat(unknown.type()).isEqualTo("subscription.teleported");
    assertThat(unknown.rawJson()).isEqualTo(FUTURE_EVENT);
    assertThat(unknown.data()).containsKey("object");
  }

  @Test
  void eventListsMixKnownAndUnknownTypes() throws Exception {
    server.enqueue(json(200, "{\"object\":\"list\",\"data\":[" + FUTURE_EVENT + ","
        + KNOWN_EVENT + "],\"has_more\":false,\"url\":\"/v1/events\"}"));

    Page<Event> page = client.events().list(EventListParams.builder().limit(2).build());

    assertThat(page.data()).hasExactlyElementsOfTypes(UnknownEvent.class,
        SubscriptionCanceledEvent.class);
    assertThat(server.takeRequest().getPath()).isEqualTo("/v1/events?limit=2");
  }

  @Test
  void anEventThatIsNotJsonNamesThePath() {
    assertThatThrownBy(() -> Event.parse("{\"id\":\"evt_1\",\"type\":\"customer.created\","
        + "\"created_at\":\"yesterday\"}"))
        .isInstanceOf(BillkitInvalidDataException.class)
        .hasMessageContaining("RFC 3339")
        .extracting(e -> ((BillkitInvalidDataException) e).jsonPath()).isEqualTo("$.created_at");
  }
}
