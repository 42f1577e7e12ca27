package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.webhooks.WebhookSigner;
import dev.billkit.webhooks.WebhookVerifier;
import jakarta.servlet.Filter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter in a real Jetty 12 container, driven by real HTTP requests. */
class WebhookFilterTest {

  private static final String SECRET = WebhookSigner.generateSecret();
  private static final WebhookSigner SIGNER = WebhookSigner.of(SECRET);
  private static final String JSON_UTF8 = "application/json; charset=utf-8";

  private final RecordingHandler handler = new RecordingHandler();
  private final AtomicInteger hmacRuns = new AtomicInteger();
  private final List<LogRecord> logs = new ArrayList<>();
  private final Logger julLogger = Logger.getLogger(WebhookFilter.class.getName());
  private final Handler logCapture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          logs.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private JettyHarness jetty;

  /** A filter whose verification step counts its runs, in front of the recording handler. */
  private JettyHarness start(WebhookFilter.Builder filter, Filter... before) throws Exception {
    WebhookVerifier verifier = WebhookVerifier.builder().addSecret(SECRET).build();
    filter.verification(
        (body, headers) -> {
          hmacRuns.incrementAndGet();
          return verifier.verify(body, headers);
        });
    List<Filter> chain = new ArrayList<>(List.of(before));
    chain.add(filter.build());
    julLogger.addHandler(logCapture);
    jetty = new JettyHarness(handler, chain);
    return jetty;
  }

  @AfterEach
  void stop() throws Exception {
    julLogger.removeHandler(logCapture);
    if (jetty != null) {
      jetty.close();
    }
  }

  private static Map<String, String> signed(String id, byte[] body) {
    return SIGNER.sign(id, Instant.now(), body);
  }

  @Test
  void verifiedMultibyteDeliveryReachesTheHandlerWithAReReadableBody() throws Exception {
    start(WebhookFilter.builder());
    String json = "{\"customer\":\"Zoë Ångström\",\"note\":\"日本語 ✓ 🎉\"}\n\n";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> res = jetty.post(body, signed("evt_utf8", body), JSON_UTF8, false);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEqualTo("handled evt_utf8");
    assertThat(handler.byteCounts).containsExactly(body.length);
    assertThat(handler.texts).containsExactly(json);
  }

  @Test
  void theReaderDecodesTheCharsetTheRequestDeclared() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<String> res =
        jetty.post(body, signed("evt_latin1", body), "application/json; charset=ISO-8859-1", false);

    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(handler.texts).containsExactly("{\"name\":\"Zoë\"}");
  }

  @Test
  void theReaderDefaultsToUtf8WhenNoCharsetIsDeclared() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{\"name\":\"Zoë ✓\"}".getBytes(StandardCharsets.UTF_8);

    jetty.post(body, signed("evt_nocharset", body), "application/json", false);

    assertThat(handler.texts).containsExactly("{\"name\":\"Zoë ✓\"}");
  }

  @Test
  void aBadSignatureGets400WithAGenericBodyAndTheReasonIsOnlyLogged() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{\"amount\":100}".getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers =
        signed("evt_forged", "{\"amount\":1}".getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> res = jetty.post(body, headers, JSON_UTF8, false);

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(res.body()).isEqualTo("{\"error\":\"webhook_verification_failed\"}");
    assertThat(handler.handledIds).isEmpty();
    assertThat(logs)
        .anySatisfy(
            r ->
                assertThat(java.text.MessageFormat.format(r.getMessage(), r.getParameters()))
                    .contains("NO_MATCHING_SIGNATURE"));
  }

  @Test
  void aRequestWithoutWebhookHeadersGets400() throws Exception {
    start(WebhookFilter.builder());

    HttpResponse<String> res =
        jetty.post("{}".getBytes(StandardCharsets.UTF_8), Map.of(), JSON_UTF8, false);

    assertThat(res.statusCode()).isEqualTo(400);
    assertThat(handler.handledIds).isEmpty();
  }

  @Test
  void anOversizedBodyWithAnHonestContentLengthGets413BeforeAnyHmac() throws Exception {
    start(WebhookFilter.builder().maxBodyBytes(4096));
    byte[] body = new byte[64 * 1024];

    HttpResponse<String> res = jetty.post(body, signed("evt_big", body), JSON_UTF8, false);

    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(hmacRuns).hasValue(0);
    assertThat(handler.handledIds).isEmpty();
  }

  @Test
  void anOversizedBodyWithoutContentLengthGets413BeforeAnyHmac() throws Exception {
    start(WebhookFilter.builder().maxBodyBytes(4096));
    byte[] body = new byte[64 * 1024];

    HttpResponse<String> res = jetty.post(body, signed("evt_chunked", body), JSON_UTF8, true);

    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(hmacRuns).hasValue(0);
  }

  @Test
  void anOversizedBodyBehindALyingContentLengthGets413BeforeAnyHmac() throws Exception {
    start(WebhookFilter.builder().maxBodyBytes(4096), new LyingContentLength(10));
    byte[] body = new byte[64 * 1024];

    HttpResponse<String> res = jetty.post(body, signed("evt_lie", body), JSON_UTF8, true);

    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(hmacRuns).hasValue(0);
  }

  @Test
  void aBodyExactlyAtTheLimitIsVerifiedAndHandled() throws Exception {
    start(WebhookFilter.builder().maxBodyBytes(4096));
    byte[] body = new byte[4096];
    java.util.Arrays.fill(body, (byte) 'x');

    HttpResponse<String> chunked = jetty.post(body, signed("evt_edge1", body), JSON_UTF8, true);
    HttpResponse<String> sized = jetty.post(body, signed("evt_edge2", body), JSON_UTF8, false);

    assertThat(chunked.statusCode()).isEqualTo(200);
    assertThat(sized.statusCode()).isEqualTo(200);
    assertThat(handler.byteCounts).containsExactly(4096, 4096);
  }

  @Test
  void theDefaultLimitIsOneMebibyte() throws Exception {
    start(WebhookFilter.builder());
    byte[] atLimit = new byte[1 << 20];
    byte[] overLimit = new byte[(1 << 20) + 1];

    assertThat(jetty.post(atLimit, signed("evt_1mib", atLimit), JSON_UTF8, true).statusCode())
        .isEqualTo(200);
    assertThat(jetty.post(overLimit, signed("evt_over", overLimit), JSON_UTF8, true).statusCode())
        .isEqualTo(413);
    assertThat(hmacRuns).hasValue(1);
  }

  @Test
  void aDuplicateOfAHandledEventGets200AtOnceWithoutRunningTheHandlerAgain() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{\"type\":\"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> first = jetty.post(body, signed("evt_dup", body), JSON_UTF8, false);
    HttpResponse<String> retry = jetty.post(body, signed("evt_dup", body), JSON_UTF8, false);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo("{\"status\":\"duplicate\"}");
    assertThat(handler.handledIds).containsExactly("evt_dup");
  }

  @Test
  void aThrowingHandlerGives500AndReleasesTheClaimSoTheRetryRuns() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{\"type\":\"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);
    handler.mode = RecordingHandler.Mode.THROW;

    HttpResponse<String> failed = jetty.post(body, signed("evt_boom", body), JSON_UTF8, false);
    handler.mode = RecordingHandler.Mode.OK;
    HttpResponse<String> retried = jetty.post(body, signed("evt_boom", body), JSON_UTF8, false);

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(handler.handledIds).containsExactly("evt_boom", "evt_boom");
  }

  @Test
  void aHandlerAnsweringAnErrorStatusReleasesTheClaimSoTheRetryRuns() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    handler.mode = RecordingHandler.Mode.STATUS_503;

    HttpResponse<String> failed = jetty.post(body, signed("evt_503", body), JSON_UTF8, false);
    handler.mode = RecordingHandler.Mode.OK;
    HttpResponse<String> retried = jetty.post(body, signed("evt_503", body), JSON_UTF8, false);

    assertThat(failed.statusCode()).isEqualTo(503);
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(handler.handledIds).hasSize(2);
  }

  @Test
  void anAsyncHandlerEndingIn500ReleasesTheClaimSoTheRetryRuns() throws Exception {
    start(WebhookFilter.builder());
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    handler.mode = RecordingHandler.Mode.ASYNC_500;

    HttpResponse<String> failed = jetty.post(body, signed("evt_async", body), JSON_UTF8, false);
    handler.mode = RecordingHandler.Mode.OK;
    HttpResponse<String> retried = jetty.post(body, signed("evt_async", body), JSON_UTF8, false);

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(retried.statusCode()).isEqualTo(200);
    assertThat(handler.handledIds).hasSize(2);
  }
}
