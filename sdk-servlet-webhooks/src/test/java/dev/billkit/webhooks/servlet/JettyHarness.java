package dev.billkit.webhooks.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** A real Jetty 12 (EE10) server on a free loopback port, with filters in front of a servlet. */
final class JettyHarness implements AutoCloseable {

  private final Server server = new Server();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI uri;

  JettyHarness(HttpServlet handler, List<Filter> filters) throws Exception {
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    for (Filter f : filters) {
      FilterHolder holder = new FilterHolder(f);
      holder.setAsyncSupported(true);
      context.addFilter(holder, "/webhooks/*", EnumSet.of(DispatcherType.REQUEST));
    }
    ServletHolder servlet = new ServletHolder(handler);
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, "/webhooks/*");
    server.setHandler(context);
    server.start();
    uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/webhooks/billkit");
  }

  /** POSTs {@code body} with {@code headers}; {@code chunked} hides the length from the server. */
  HttpResponse<String> post(
      byte[] body, Map<String, String> headers, String contentType, boolean chunked)
      throws Exception {
    return client.send(
        request(body, headers, contentType, chunked),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** {@link #post} without waiting for the answer. */
  CompletableFuture<HttpResponse<String>> postAsync(byte[] body, Map<String, String> headers) {
    return client.sendAsync(
        request(body, headers, "application/json", false),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest request(
      byte[] body, Map<String, String> headers, String contentType, boolean chunked) {
    HttpRequest.BodyPublisher publisher =
        chunked
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
            : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).POST(publisher);
    headers.forEach(b::header);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return b.build();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop", e);
    }
  }
}
