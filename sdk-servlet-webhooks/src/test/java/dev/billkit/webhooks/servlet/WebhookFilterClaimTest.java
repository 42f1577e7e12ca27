package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.webhooks.WebhookSigner;
import dev.billkit.webhooks.WebhookVerifier;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Duplicates that race a running handler, in a real Jetty: processing claims answer 409, done
 * claims 200, and a handler that outlives its claim cannot undo the next delivery's.
 */
class WebhookFilterClaimTest {

  private static final String SECRET = WebhookSigner.generateSecret();
  private static final byte[] BODY =
      "{\"type\":\"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);

  private final MutableClock dedupClock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
  private final RecordingHandler handler = new RecordingHandler();
  private JettyHarness jetty;

  private void start(WebhookDeduplicator dedup) throws Exception {
    WebhookFilter filter =
        WebhookFilter.builder()
            .verifier(WebhookVerifier.builder().addSecret(SECRET).build())
            .deduplicator(dedup)
            .processingTimeout(Duration.ofMinutes(1))
            .build();
    jetty = new JettyHarness(handler, List.of(filter));
  }

  @AfterEach
  void stop() {
    handler.openAllGates();
    if (jetty != null) {
      jetty.close();
    }
  }

  private static Map<String, String> headers(String id) {
    return WebhookSigner.of(SECRET).sign(id, Instant.now(), BODY);
  }

  private HttpResponse<String> post(String id) throws Exception {
    return jetty.post(BODY, headers(id), "application/json", false);
  }

  /** Starts a delivery whose handler blocks until its gate of {@code handler.gates} opens. */
  private CompletableFuture<HttpResponse<String>> startBlockedDelivery(String id)
      throws Exception {
    handler.mode = RecordingHandler.Mode.BLOCK;
    CompletableFuture<HttpResponse<String>> delivery = jetty.postAsync(BODY, headers(id));
    if (!handler.entered.tryAcquire(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the handler was never entered");
    }
    handler.mode = RecordingHandler.Mode.OK;
    return delivery;
  }

  @Test
  void aDuplicateOfARunningDeliveryGets409AndTheEventSurvivesTheFirstOneFailing()
      throws Exception {
    start(new InMemoryWebhookDeduplicator(dedupClock));
    handler.failLate = true;
    CompletableFuture<HttpResponse<String>> first = startBlockedDelivery("evt_slow");

    HttpResponse<String> duplicate = post("evt_slow");
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.body()).isEqualTo("{\"error\":\"webhook_in_progress\"}");
    assertThat(handler.handledIds).containsExactly("evt_slow");

    handler.gates.get(0).countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
    HttpResponse<String> retry = post("evt_slow");
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(handler.handledIds).containsExactly("evt_slow", "evt_slow");
  }

  @Test
  void aDuplicateAfterTheRunningDeliverySucceededGets200WithoutRunningTheHandler()
      throws Exception {
    start(new InMemoryWebhookDeduplicator(dedupClock));
    CompletableFuture<HttpResponse<String>> first = startBlockedDelivery("evt_ok");

    assertThat(post("evt_ok").statusCode()).isEqualTo(409);
    handler.gates.get(0).countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

    HttpResponse<String> later = post("evt_ok");
    assertThat(later.statusCode()).isEqualTo(200);
    assertThat(later.body()).isEqualTo("{\"status\":\"duplicate\"}");
    assertThat(handler.handledIds).containsExactly("evt_ok");
  }

  @Test
  void aHandlerThatOutlivesItsClaimCannotReleaseTheClaimOfTheDeliveryThatTookOver()
      throws Exception {
    start(new InMemoryWebhookDeduplicator(dedupClock));
    handler.failLate = true;
    CompletableFuture<HttpResponse<String>> stale = startBlockedDelivery("evt_stale");
    dedupClock.advance(Duration.ofMinutes(2));
    CompletableFuture<HttpResponse<String>> takeover = startBlockedDelivery("evt_stale");

    handler.gates.get(0).countDown();
    assertThat(stale.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
    assertThat(post("evt_stale").statusCode()).as("takeover still running").isEqualTo(409);
    handler.failLate = false;
    handler.gates.get(1).countDown();
    assertThat(takeover.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

    HttpResponse<String> later = post("evt_stale");
    assertThat(later.statusCode()).isEqualTo(200);
    assertThat(later.body()).isEqualTo("{\"status\":\"duplicate\"}");
    assertThat(handler.handledIds).hasSize(2);
  }

  @Test
  void anAsyncHandlerThatSucceedsMarksTheEventDone() throws Exception {
    start(new InMemoryWebhookDeduplicator(dedupClock));
    handler.mode = RecordingHandler.Mode.ASYNC_OK;

    assertThat(post("evt_async_ok").statusCode()).isEqualTo(204);
    handler.mode = RecordingHandler.Mode.OK;
    assertThat(post("evt_async_ok").body()).isEqualTo("{\"status\":\"duplicate\"}");
    assertThat(handler.handledIds).containsExactly("evt_async_ok");
  }

  @Test
  void aStoreThatCannotMarkDoneLeavesTheHandlersAnswerAndTheClaimProcessing() throws Exception {
    InMemoryWebhookDeduplicator memory = new InMemoryWebhookDeduplicator(dedupClock);
    start(
        new WebhookDeduplicator() {
          @Override
          public Claim claim(String id, Duration processingTimeout) {
            return memory.claim(id, processingTimeout);
          }

          @Override
          public boolean complete(String id, String token, Duration doneTtl) {
            throw new IllegalStateException("store down");
          }

          @Override
          public boolean release(String id, String token) {
            return memory.release(id, token);
          }
        });

    assertThat(post("evt_store").statusCode()).isEqualTo(200);
    assertThat(post("evt_store").statusCode()).isEqualTo(409);
    assertThat(handler.handledIds).containsExactly("evt_store");
  }

}
