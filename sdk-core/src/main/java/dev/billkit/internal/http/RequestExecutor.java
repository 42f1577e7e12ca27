package dev.billkit.internal.http;

import dev.billkit.ApiResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The seam between generated services and the hand-written runtime: every operation of every
 * service is one {@link ApiRequest} passed to one of these four methods. Implementations are
 * thread-safe.
 *
 * <p>All four apply the same rules: authentication, an {@code Idempotency-Key} on every POST
 * (reused on every retry), retries with backoff, the deadline, listeners, and error mapping to the
 * {@code dev.billkit.errors} tree. Response bodies are always closed before these methods return or
 * their futures complete.
 */
public interface RequestExecutor {

  /** Runs {@code request} on the calling thread and returns the parsed body. */
  <T> T execute(ApiRequest<T> request);

  /** Like {@link #execute} but returns the body with status, headers, key and attempt count. */
  <T> ApiResponse<T> executeRaw(ApiRequest<T> request);

  /**
   * Runs {@code request} without blocking (OkHttp {@code enqueue}, backoff on a scheduler). The
   * future completes on the client's callback executor; cancelling it cancels the call in flight.
   */
  <T> CompletableFuture<T> executeAsync(ApiRequest<T> request);

  /** Asynchronous {@link #executeRaw}. */
  <T> CompletableFuture<ApiResponse<T>> executeRawAsync(ApiRequest<T> request);

  /** The executor for {@code config}. */
  static RequestExecutor create(ClientConfig config) {
    return new HttpExecutor(config);
  }
}
