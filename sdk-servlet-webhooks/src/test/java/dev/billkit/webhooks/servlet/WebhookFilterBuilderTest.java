package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookFilterBuilderTest {

  @Test
  void aFilterWithoutAVerifierIsRefusedWithHowToFixIt() {
    assertThatThrownBy(() -> WebhookFilter.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("addSecret");
  }

  @Test
  void limitsAndTtlMustBePositive() {
    assertThatThrownBy(() -> WebhookFilter.builder().maxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> WebhookFilter.builder().claimTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claimTtl");
    assertThatThrownBy(() -> WebhookFilter.builder().processingTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("processingTimeout");
  }

  @Test
  void defaultsAreOneMebibyteOneDayDoneAndFiveMinutesProcessing() {
    assertThat(WebhookFilter.DEFAULT_MAX_BODY_BYTES).isEqualTo(1_048_576);
    assertThat(WebhookFilter.DEFAULT_CLAIM_TTL).isEqualTo(Duration.ofHours(24));
    assertThat(WebhookFilter.DEFAULT_PROCESSING_TIMEOUT).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void askingForTheWebhookOfAnUnfilteredRequestFailsClearly() {
    // A request with no attributes at all: every method answers null.
    ServletRequest bare =
        (ServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ServletRequest.class},
                (proxy, method, args) -> null);
    assertThatThrownBy(() -> WebhookFilter.verifiedWebhook(bare))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("map WebhookFilter");
  }
}
