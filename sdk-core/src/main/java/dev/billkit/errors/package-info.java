/**
 * The one unchecked exception tree of the Billkit SDK.
 *
 * <p>{@link dev.billkit.errors.BillkitException} is the root. {@link
 * dev.billkit.errors.BillkitApiException} and its subclasses mean the server answered with an
 * error status; {@link dev.billkit.errors.BillkitIoException} means no usable answer arrived, so
 * the request may have been applied; {@link dev.billkit.errors.BillkitInvalidDataException} means
 * the answer (or a verified webhook body) could not be parsed. {@code
 * dev.billkit.webhooks.WebhookVerificationException} is in the same tree: a webhook delivery was
 * rejected, with a closed {@code Reason}. Every exception of a call carries the idempotency key of
 * that call, when it had one. All constructors are public so that tests can build these
 * exceptions.
 *
 * <p>Accessors never return {@code null}; absent values are {@link java.util.Optional#empty()}.
 */
package dev.billkit.errors;
