package dev.billkit;

import dev.billkit.internal.http.ClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings a {@link BillkitClient.Builder} collects, with their defaults, and their resolution
 * into the validated {@link ClientConfig} of a client. Mutable and not thread-safe, like the
 * builder that owns it; a built client keeps a {@link #copy()} for {@code withOptions}.
 */
final class ClientSettings {
  String apiKey;
  String baseUrl = "https://api.billkit.dev";
  int maxRetries = 2;
  Duration connectTimeout;
  Duration readTimeout;
  Duration writeTimeout;
  Duration attemptTimeout;
  Duration deadline;
  Duration maxRetryAfter = Duration.ofSeconds(30);
  OkHttpClient okHttpClient;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.system();
  final List<RequestListener> listeners = new ArrayList<>();
  Executor callbackExecutor;

  /**
   * @throws IllegalArgumentException if the API key is missing, the base URL is not an http(s)
   *     URL, or the clock or sleeper is null
   */
  ClientConfig resolve() {
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is required: pass your secret key (sk_test_…)"
          + " to BillkitClient.builder().apiKey(...)");
    }
    HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL (got \""
          + baseUrl + "\"), such as http://localhost:12400");
    }
    return new ClientConfig(HttpClients.configure(okHttpClient, connectTimeout, readTimeout,
        writeTimeout), url, apiKey, maxRetries, attemptTimeout, deadline, maxRetryAfter,
        requireNonNull(clock, "clock"), requireNonNull(sleeper, "sleeper"), listeners,
        callbackExecutor != null ? callbackExecutor : HttpClients.callbackExecutor(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  private static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  ClientSettings copy() {
    ClientSettings s = new ClientSettings();
    s.apiKey = apiKey;
    s.baseUrl = baseUrl;
    s.maxRetries = maxRetries;
    s.connectTimeout = connectTimeout;
    s.readTimeout = readTimeout;
    s.writeTimeout = writeTimeout;
    s.attemptTimeout = attemptTimeout;
    s.deadline = deadline;
    s.maxRetryAfter = maxRetryAfter;
    // Copies share the OkHttp client (and so its pool); the default one is shared anyway.
    s.okHttpClient = okHttpClient;
    s.clock = clock;
    s.sleeper = sleeper;
    s.listeners.addAll(listeners);
    s.callbackExecutor = callbackExecutor;
    return s;
  }
}
