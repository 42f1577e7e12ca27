package dev.billkit.mock.testing;

import dev.billkit.mock.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for tests (Java's HttpClient, no SDK). Every response it receives is checked
 * by {@link SpecConformance} before the test sees it, so a response that breaks the spec fails the
 * test. Thread-safe.
 */
public final class MockHttp {
  private final String baseUrl;
  private final SpecConformance spec;
  private final HttpClient client;

  public MockHttp(String baseUrl) {
    this(baseUrl, SpecConformance.billing());
  }

  public MockHttp(String baseUrl, SpecConformance spec) {
    this.baseUrl = baseUrl;
    this.spec = spec;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public Call get(String path) {
    return new Call("GET", path);
  }

  public Call post(String path) {
    return new Call("POST", path);
  }

  public Call delete(String path) {
    return new Call("DELETE", path);
  }

  /** One request being built. */
  public final class Call {
    private final String method;
    private final String path;
    private final List<String> headers = new ArrayList<>();
    private String body;

    private Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    /** Sends {@code Authorization: Bearer <key>}. */
    public Call key(String apiKey) {
      return header("Authorization", "Bearer " + apiKey);
    }

    public Call idempotencyKey(String key) {
      return header("Idempotency-Key", key);
    }

    public Call header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    /** A JSON body (Content-Type application/json unless set otherwise). */
    public Call json(String json) {
      this.body = json;
      return this;
    }

    /** A JSON body from a tree. */
    public Call json(Map<String, Object> tree) {
      return json(Json.writeString(tree));
    }

    /** Sends it; the response has already passed the conformance check. */
    public Reply send() {
      try {
        Reply reply = sendUnchecked();
        spec.check(method, path, reply.status(), reply::header, reply.body());
        return reply;
      } catch (IOException e) {
        throw new AssertionError(method + " " + path + " failed: " + e, e);
      }
    }

    /** Sends it and returns the transport failure the test expects (e.g. a dropped connection). */
    public IOException sendExpectingIoFailure() {
      try {
        Reply reply = sendUnchecked();
        throw new AssertionError(
            "expected the connection to fail, got " + reply.status() + " " + reply.body());
      } catch (IOException e) {
        return e;
      }
    }

    private Reply sendUnchecked() throws IOException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
      boolean contentType = false;
      for (int i = 0; i < headers.size(); i += 2) {
        request.header(headers.get(i), headers.get(i + 1));
        contentType |= headers.get(i).equalsIgnoreCase("Content-Type");
      }
      if (body != null && !contentType) {
        request.header("Content-Type", "application/json");
      }
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      try {
        HttpResponse<String> response =
            client.send(
                request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers(), response.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  /** A response that conformed to the spec. */
  public record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    /** A header value, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The body as a JSON object tree. */
    public Map<String, Object> json() {
      return Json.readObject(body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code error.code} of an error body. */
    public String errorCode() {
      return (String) error().get("code");
    }

    /** {@code error} of an error body. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> error() {
      return (Map<String, Object>) json().get("error");
    }
  }
}
