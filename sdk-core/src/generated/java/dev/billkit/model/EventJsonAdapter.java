// Generated from openapi/billing.yaml by OpenAPI Generator 7.25.0 with sdk-core templates. Do not edit.

package dev.billkit.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Reads {@link Event} by its {@code type}: a known type goes to its subclass, anything else to
 * {@link UnknownEvent} with the raw JSON kept. Found by Moshi through {@code @JsonClass}.
 */
final class EventJsonAdapter extends JsonAdapter<Event> {
  private final Map<String, JsonAdapter<? extends Event>> byType = new HashMap<>();
  private final JsonAdapter<UnknownEvent> unknown;
  private final Moshi moshi;

  EventJsonAdapter(Moshi moshi) {
    this.moshi = moshi;
    byType.put(CheckoutCreatedEvent.TYPE, moshi.adapter(CheckoutCreatedEvent.class));
    byType.put(CheckoutUpdatedEvent.TYPE, moshi.adapter(CheckoutUpdatedEvent.class));
    byType.put(CheckoutCompletedEvent.TYPE, moshi.adapter(CheckoutCompletedEvent.class));
    byType.put(CheckoutExpiredEvent.TYPE, moshi.adapter(CheckoutExpiredEvent.class));
    byType.put(CustomerCreatedEvent.TYPE, moshi.adapter(CustomerCreatedEvent.class));
    byType.put(CustomerUpdatedEvent.TYPE, moshi.adapter(CustomerUpdatedEvent.class));
    byType.put(CustomerDeletedEvent.TYPE, moshi.adapter(CustomerDeletedEvent.class));
    byType.put(CustomerStateChangedEvent.TYPE, moshi.adapter(CustomerStateChangedEvent.class));
    byType.put(PaymentIntentSucceededEvent.TYPE, moshi.adapter(PaymentIntentSucceededEvent.class));
    byType.put(PaymentIntentPaymentFailedEvent.TYPE, moshi.adapter(PaymentIntentPaymentFailedEvent.class));
    byType.put(PaymentIntentCanceledEvent.TYPE, moshi.adapter(PaymentIntentCanceledEvent.class));
    byType.put(PaymentIntentRequiresActionEvent.TYPE, moshi.adapter(PaymentIntentRequiresActionEvent.class));
    byType.put(InvoiceCreatedEvent.TYPE, moshi.adapter(InvoiceCreatedEvent.class));
    byType.put(InvoiceFinalizedEvent.TYPE, moshi.adapter(InvoiceFinalizedEvent.class));
    byType.put(InvoicePaidEvent.TYPE, moshi.adapter(InvoicePaidEvent.class));
    byType.put(InvoicePaymentFailedEvent.TYPE, moshi.adapter(InvoicePaymentFailedEvent.class));
    byType.put(InvoiceVoidedEvent.TYPE, moshi.adapter(InvoiceVoidedEvent.class));
    byType.put(InvoiceMarkedUncollectibleEvent.TYPE, moshi.adapter(InvoiceMarkedUncollectibleEvent.class));
    byType.put(InvoiceUpdatedEvent.TYPE, moshi.adapter(InvoiceUpdatedEvent.class));
    byType.put(InvoiceDeletedEvent.TYPE, moshi.adapter(InvoiceDeletedEvent.class));
    byType.put(SubscriptionCreatedEvent.TYPE, moshi.adapter(SubscriptionCreatedEvent.class));
    byType.put(SubscriptionUpdatedEvent.TYPE, moshi.adapter(SubscriptionUpdatedEvent.class));
    byType.put(SubscriptionActiveEvent.TYPE, moshi.adapter(SubscriptionActiveEvent.class));
    byType.put(SubscriptionTrialWillEndEvent.TYPE, moshi.adapter(SubscriptionTrialWillEndEvent.class));
    byType.put(SubscriptionPastDueEvent.TYPE, moshi.adapter(SubscriptionPastDueEvent.class));
    byType.put(SubscriptionCanceledEvent.TYPE, moshi.adapter(SubscriptionCanceledEvent.class));
    byType.put(SubscriptionUncanceledEvent.TYPE, moshi.adapter(SubscriptionUncanceledEvent.class));
    byType.put(SubscriptionCycledEvent.TYPE, moshi.adapter(SubscriptionCycledEvent.class));
    byType.put(SubscriptionRevokedEvent.TYPE, moshi.adapter(SubscriptionRevokedEvent.class));
    byType.put(SubscriptionPausedEvent.TYPE, moshi.adapter(SubscriptionPausedEvent.class));
    byType.put(SubscriptionResumedEvent.TYPE, moshi.adapter(SubscriptionResumedEvent.class));
    byType.put(RefundCreatedEvent.TYPE, moshi.adapter(RefundCreatedEvent.class));
    byType.put(RefundUpdatedEvent.TYPE, moshi.adapter(RefundUpdatedEvent.class));
    byType.put(RefundFailedEvent.TYPE, moshi.adapter(RefundFailedEvent.class));
    byType.put(BenefitGrantCreatedEvent.TYPE, moshi.adapter(BenefitGrantCreatedEvent.class));
    byType.put(BenefitGrantRevokedEvent.TYPE, moshi.adapter(BenefitGrantRevokedEvent.class));
    byType.put(TestClockAdvancingEvent.TYPE, moshi.adapter(TestClockAdvancingEvent.class));
    byType.put(TestClockReadyEvent.TYPE, moshi.adapter(TestClockReadyEvent.class));
    this.unknown = moshi.adapter(UnknownEvent.class);
  }

  @Override
  public Event fromJson(JsonReader reader) throws IOException {
    JsonAdapter<? extends Event> adapter = byType.get(peekType(reader));
    if (adapter != null) {
      return adapter.fromJson(reader);
    }
    String raw;
    try (BufferedSource source = reader.nextSource()) {
      raw = source.readUtf8();
    }
    UnknownEvent event = unknown.fromJson(raw);
    event.rawJson(raw);
    return event;
  }

  private static String peekType(JsonReader reader) throws IOException {
    try (JsonReader peek = reader.peekJson()) {
      if (peek.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      peek.beginObject();
      while (peek.hasNext()) {
        if (peek.nextName().equals("type") && peek.peek() == JsonReader.Token.STRING) {
          return peek.nextString();
        }
        peek.skipValue();
      }
      return null;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void toJson(JsonWriter writer, Event value) throws IOException {
    if (value instanceof UnknownEvent u) {
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(u.rawJson());
      }
      return;
    }
    ((JsonAdapter<Event>) moshi.adapter(value.getClass())).toJson(writer, value);
  }
}
