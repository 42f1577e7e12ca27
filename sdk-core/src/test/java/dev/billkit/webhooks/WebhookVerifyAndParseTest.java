package dev.billkit.webhooks;

import static dev.billkit.webhooks.TestDelivery.NOW;
import static dev.billkit.webhooks.TestDelivery.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.errors.BillkitException;
import dev.billkit.errors.BillkitInvalidDataException;
import dev.billkit.model.CustomerUpdatedEvent;
import dev.billkit.model.Event;
import dev.billkit.model.Subscription;
import dev.billkit.model.SubscriptionCanceledEvent;
import dev.billkit.model.UnknownEvent;
import dev.billkit.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** verifyAndParse: signed deliveries become typed events, parsed from the verified bytes. */
class WebhookVerifyAndParseTest {

  private static final WebhookVerifier VERIFIER = TestDelivery.verifier(SECRET);

  private static final String CANCELED =
      "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"subscription.canceled\","
          + "\"created_at\":\"2026-11-01T11:59:58Z\",\"livemode\":false,"
          + "\"request\":{\"id\":\"req_7\",\"idempotency_key\":\"cancel:42\"},"
          + "\"data\":{\"object\":{\"id\":\"sub_1\",\"object\":\"subscription\","
          + "\"customer\":\"cus_1\",\"status\":\"canceled\",\"amount\":2000,\"currency\":\"usd\"},"
          + "\"previous_attributes\":{\"status\":\"active\"}}}";

  private static TestDelivery signed(String json) {
    return TestDelivery.signed(json);
  }

  private static Event parse(TestDelivery d) {
    return VERIFIER.verifyAndParse(d.body, d.headers);
  }

  @Test
  void aKnownTypeParsesToItsGeneratedClassWithATypedDataObject() {
    Event event = parse(signed(CANCELED));

    assertThat(event).isInstanceOf(SubscriptionCanceledEvent.class);
    SubscriptionCanceledEvent canceled = (SubscriptionCanceledEvent) event;
    assertThat(canceled.id()).isEqualTo("evt_1");
    assertThat(canceled.type()).isEqualTo(SubscriptionCanceledEvent.TYPE);
    assertThat(canceled.createdAt()).isEqualTo(NOW.minusSeconds(2));
    assertThat(canceled.request().idempotencyKey()).hasValue("cancel:42");
    Subscription sub = canceled.data().object();
    assertThat(sub.id()).isEqualTo("sub_1");
    assertThat(sub.status()).isEqualTo(Subscription.Status.CANCELED);
    assertThat(sub.amount()).isEqualTo(2000L);
    assertThat(canceled.data().previousAttributes()).containsEntry("status", "active");
  }

  @Test
  void multibyteTextIsParsedFromTheExactVerifiedBytesAndTheStringOverloadAgrees() {
    String json =
        "{\"id\":\"evt_2\",\"object\":\"event\",\"type\":\"customer.updated\","
            + "\"created_at\":\"2026-11-01T12:00:00Z\",\"livemode\":false,"
            + "\"data\":{\"object\":{\"id\":\"cus_1\",\"object\":\"customer\","
            + "\"name\":\"Zoë Ångström 日本語 🎉\"}}}";
    TestDelivery d = signed(json);

    Event fromBytes = parse(d);
    Event fromString =
        VERIFIER.verifyAndParse(
            new String(d.body, StandardCharsets.UTF_8), WebhookHeaders.of(d.headers));

    assertThat(((CustomerUpdatedEvent) fromBytes).data().object().name())
        .hasValue("Zoë Ångström 日本語 🎉");
    assertThat(((CustomerUpdatedEvent) fromString).data().object().name())
        .hasValue("Zoë Ångström 日本語 🎉");
  }

  @Test
  void anUnknownTypeParsesToUnknownEventKeepingTheRawJsonByteForByte() {
    String json =
        "{ \"id\":\"evt_3\", \"type\":\"subscription.teleported\",\n"
            + "  \"created_at\":\"2026-11-01T12:00:00Z\", \"object\":\"event\",\n"
            + "  \"data\":{\"object\":{\"id\":\"sub_1\",\"destination\":\"Mars ♂\"}} }";

    Event event = parse(signed(json));

    assertThat(event).isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) event;
    assertThat(unknown.type()).isEqualTo("subscription.teleported");
    assertThat(unknown.id()).isEqualTo("evt_3");
    assertThat(unknown.rawJson()).isEqualTo(json);
    assertThat(unknown.data()).containsKey("object");
  }

  @Test
  void garbageBehindAValidSignatureIsInvalidDataNamingTheJsonPath() {
    assertThatThrownBy(() -> parse(signed("this is not json")))
        .isInstanceOf(BillkitInvalidDataException.class)
        .hasMessageStartingWith("Webhook body is not a valid Event")
        .extracting(e -> ((BillkitInvalidDataException) e).jsonPath())
        .isEqualTo("$");
  }

  @Test
  void aValueOfTheWrongTypeDeepInsideIsReportedAtItsPath() {
    String json = CANCELED.replace("\"amount\":2000", "\"amount\":\"lots\"");

    assertThatThrownBy(() -> parse(signed(json)))
        .isInstanceOf(BillkitInvalidDataException.class)
        .hasMessageContaining("lots")
        .extracting(e -> ((BillkitInvalidDataException) e).jsonPath())
        .isEqualTo("$.data.object.amount");
  }

  @Test
  void truncatedJsonNullAndTrailingContentAreInvalidData() {
    for (String body : new String[] {CANCELED.substring(0, 60), "null", "[]", CANCELED + " {}"}) {
      assertThatThrownBy(() -> parse(signed(body)))
          .as(body)
          .isInstanceOf(BillkitInvalidDataException.class)
          .isInstanceOf(BillkitException.class);
    }
  }

  @Test
  void verificationComesFirstSoAForgedBodyIsNeverParsed() {
    TestDelivery d = signed(CANCELED);
    d.body = "not json, and not what was signed".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parse(d))
        .isInstanceOfSatisfying(
            WebhookVerificationException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
  }

  @Test
  void theSingleValuedHeadersOfTheSignerWorkAsIs() {
    byte[] body = CANCELED.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = WebhookSigner.of(SECRET).sign("evt_1", NOW, body);

    Event event = VERIFIER.verifyAndParse(body, WebhookHeaders.ofSingleValues(headers));

    assertThat(event).isInstanceOf(SubscriptionCanceledEvent.class);
  }
}
