/**
 * Jakarta Servlet integration for Billkit webhooks: {@link
 * dev.billkit.webhooks.servlet.WebhookFilter} reads each delivery's raw body under a size bound,
 * verifies it, deduplicates it on {@code webhook-id} through a {@link
 * dev.billkit.webhooks.servlet.WebhookDeduplicator}, and hands the handler a request whose body can
 * be read again.
 *
 * <p>Compiled against Servlet 6.0, so one jar runs on Tomcat 10.1 and 11 and on Jetty 12. Logs go
 * through {@link java.lang.System.Logger}. Parameters and return values are non-null unless a
 * method says otherwise.
 */
package dev.billkit.webhooks.servlet;
