/**
 * Standard Webhooks v1 verification and signing.
 *
 * <p>{@link dev.billkit.webhooks.WebhookVerifier} checks the {@code webhook-id}, {@code
 * webhook-timestamp} and {@code webhook-signature} headers of a delivery against the exact bytes of
 * its body, and {@code verifyAndParse} turns the verified bytes into the typed {@link
 * dev.billkit.model.Event} (or {@link dev.billkit.model.UnknownEvent}); {@link
 * dev.billkit.webhooks.WebhookSigner} produces those headers, for tests. Verification itself uses
 * only the JDK, so it works from any HTTP stack; the Jakarta Servlet integration lives in {@code
 * billkit-servlet-webhooks}. Failures are {@link
 * dev.billkit.webhooks.WebhookVerificationException}, part of the SDK's one exception tree under
 * {@link dev.billkit.errors.BillkitException}.
 *
 * <p>Parameters and return values are non-null unless a method says otherwise.
 */
package dev.billkit.webhooks;
