package dev.billkit;

import dev.billkit.internal.http.RequestExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * Entry point of the Billkit API. Build one per API key and share it: clients are immutable and
 * thread-safe, and {@link #withOptions} derives variants that share the same connection pool.
 *
 * <pre>{@code
 * BillkitClient client = BillkitClient.builder().apiKey("sk_test_…").build();
 * Customer c = client.customers().create(
 *     CustomerCreateParams.builder().email("ada@example.com").build());
 * }</pre>
 *
 * <p>A client owns no resources that need closing. It uses the {@link OkHttpClient} you pass (or
 * one shared default), so shut that down yourself if you want its threads gone early.
 */
public final class BillkitClient extends BillkitServices {
  private final ClientSettings settings;
  private final BillkitClientAsync async;
  private final BillkitClientWithRawResponse withRawResponse;

  private BillkitClient(ClientSettings settings, RequestExecutor executor) {
    super(executor);
    this.settings = settings;
    this.async = new BillkitClientAsync(executor);
    this.withRawResponse = new BillkitClientWithRawResponse(executor);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with some settings changed, sharing this client's OkHttp connection pool and
   * dispatcher. This client is unchanged.
   */
  public BillkitClient withOptions(Consumer<Builder> changes) {
    Builder copy = new Builder(settings.copy());
    changes.accept(copy);
    return copy.build();
  }

  /**
   * The same services returning {@link java.util.concurrent.CompletableFuture}s, completed on the
   * callback executor. Shares this client's settings and connection pool.
   */
  public BillkitClientAsync async() {
    return async;
  }

  /**
   * The same services returning {@link ApiResponse} (status, headers, request id, idempotency key,
   * attempts) around each result.
   */
  public BillkitClientWithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /** Mutable, not thread-safe builder. Only {@link #apiKey} is required. */
  public static final class Builder {
    private final ClientSettings s;

    private Builder() {
      this(new ClientSettings());
    }

    private Builder(ClientSettings settings) {
      this.s = settings;
    }

    /** The secret key ({@code sk_test_…}) sent as {@code Authorization: Bearer}. Required. */
    public Builder apiKey(String apiKey) {
      s.apiKey = apiKey;
      return this;
    }

    /** Scheme, host and optional path prefix, such as {@code http://localhost:12400}. */
    public Builder baseUrl(String baseUrl) {
      s.baseUrl = baseUrl;
      return this;
    }

    /** Retries after the first attempt (default 2; 0 disables retries). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0 (got " + maxRetries + ")");
      }
      s.maxRetries = maxRetries;
      return this;
    }

    /** TCP/TLS connect timeout (default 10 s, or the injected client's). */
    public Builder connectTimeout(Duration timeout) {
      s.connectTimeout = Durations.nonNegative("connectTimeout", timeout);
      return this;
    }

    /** Longest silence while reading (default 30 s, or the injected client's). */
    public Builder readTimeout(Duration timeout) {
      s.readTimeout = Durations.nonNegative("readTimeout", timeout);
      return this;
    }

    /** Longest stall while writing (default 30 s, or the injected client's). */
    public Builder writeTimeout(Duration timeout) {
      s.writeTimeout = Durations.nonNegative("writeTimeout", timeout);
      return this;
    }

    /**
     * Bound on one attempt, connect to last byte (default: none; each attempt is then bounded by
     * the connect, read and write timeouts). Setting it, or a {@link #deadline}, costs one OkHttp
     * watchdog registration per attempt.
     */
    public Builder attemptTimeout(Duration timeout) {
      s.attemptTimeout = Durations.positive("attemptTimeout", timeout);
      return this;
    }

    /**
     * Bound on a whole call, every attempt and backoff included (default: none, so a call is
     * bounded by {@code maxRetries}, the socket timeouts and the backoff). No retry starts or
     * sleeps past it, and the attempt in flight is cut when it passes.
     */
    public Builder deadline(Duration deadline) {
      s.deadline = Durations.positive("deadline", deadline);
      return this;
    }

    /**
     * Longest {@code Retry-After} the client honours (default 30 s). When the server asks for a
     * longer pause the call fails at once with the error, instead of blocking the caller.
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      s.maxRetryAfter = Durations.nonNegative("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /**
     * Uses {@code client} for HTTP: its proxy, TLS, pool, dispatcher and interceptors are kept;
     * timeouts set on this builder replace its own. The client is not closed by Billkit.
     */
    public Builder okHttpClient(OkHttpClient client) {
      s.okHttpClient = client;
      return this;
    }

    /** Clock for deadlines and latency (default {@link Clock#systemUTC()}). */
    public Builder clock(Clock clock) {
      s.clock = clock;
      return this;
    }

    /** Waits between attempts (default {@link Sleeper#system()}); tests pass a recording one. */
    public Builder sleeper(Sleeper sleeper) {
      s.sleeper = sleeper;
      return this;
    }

    public Builder addListener(RequestListener listener) {
      s.listeners.add(listener);
      return this;
    }

    /**
     * Where async futures complete, and so where your {@code thenApply} stages run (default: a
     * shared pool of daemon threads named {@code billkit-callback-N}; never the common pool).
     */
    public Builder callbackExecutor(Executor executor) {
      s.callbackExecutor = executor;
      return this;
    }

    /**
     * @throws IllegalArgumentException if the API key is missing or the base URL is not an http(s)
     *     URL
     */
    public BillkitClient build() {
      return new BillkitClient(s.copy(), RequestExecutor.create(s.resolve()));
    }
  }
}
