package dev.billkit.internal.http;

import dev.billkit.RequestListener;
import dev.billkit.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Resolved, validated settings of one client, built by {@code BillkitClient.Builder}.
 *
 * @param http the OkHttp client (its timeouts already applied); shared pools
 * @param baseUrl scheme, host and optional path prefix of the API
 * @param apiKey default secret key
 * @param maxRetries retries after the first attempt, default 2
 * @param attemptTimeout bound on one attempt (OkHttp call timeout), or {@code null} for none
 * @param deadline bound on a whole call, or {@code null} for none
 * @param maxRetryAfter longest {@code Retry-After} the client waits; longer means no retry
 * @param clock measures deadlines and latency
 * @param sleeper waits between attempts
 * @param listeners observers, in registration order
 * @param callbackExecutor completes async futures; never the common pool
 * @param jitter source of U in [0, 1) for the backoff formula
 */
public record ClientConfig(
    OkHttpClient http,
    HttpUrl baseUrl,
    String apiKey,
    int maxRetries,
    Duration attemptTimeout,
    Duration deadline,
    Duration maxRetryAfter,
    Clock clock,
    Sleeper sleeper,
    List<RequestListener> listeners,
    Executor callbackExecutor,
    DoubleSupplier jitter) {

  public ClientConfig {
    listeners = List.copyOf(listeners);
  }
}
