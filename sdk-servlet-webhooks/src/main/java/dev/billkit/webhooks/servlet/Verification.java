package dev.billkit.webhooks.servlet;

import dev.billkit.webhooks.VerifiedWebhook;
import dev.billkit.webhooks.WebhookHeaders;

/** The filter's verification step: the builder adapts a WebhookVerifier; tests may wrap it. */
@FunctionalInterface
interface Verification {
  VerifiedWebhook verify(byte[] body, WebhookHeaders headers);
}
