package dev.billkit.internal.http;

import dev.billkit.ApiResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The {@link RequestExecutor} of a client: wires the factory, reader, policy and drivers. */
final class HttpExecutor implements RequestExecutor {
  private final ClientConfig config;
  private final RequestFactory factory;
  private final SyncDriver sync;
  private final AsyncDriver async;

  HttpExecutor(ClientConfig config) {
    this.config = config;
    this.factory = new RequestFactory(config.baseUrl(), config.apiKey());
    ResponseReader reader = new ResponseReader(this);
    RetryPolicy policy = new RetryPolicy(config.clock(), config.maxRetryAfter(), config.jitter());
    Listeners listeners = new Listeners(config.listeners());
    this.sync = new SyncDriver(config, reader, policy, listeners);
    this.async = new AsyncDriver(config, reader, policy, listeners, factory);
  }

  @Override
  public <T> T execute(ApiRequest<T> request) {
    return sync.run(new CallContext<>(request, config, factory), factory).data;
  }

  @Override
  public <T> ApiResponse<T> executeRaw(ApiRequest<T> request) {
    return sync.run(new CallContext<>(request, config, factory), factory).toApiResponse();
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return startAsync(request, o -> o.data);
  }

  @Override
  public <T> CompletableFuture<ApiResponse<T>> executeRawAsync(ApiRequest<T> request) {
    return startAsync(request, Outcome::toApiResponse);
  }

  private <T, R> CompletableFuture<R> startAsync(ApiRequest<T> request,
      Function<Outcome<T>, R> view) {
    CallContext<T> ctx;
    try {
      ctx = new CallContext<>(request, config, factory);
    } catch (RuntimeException invalidRequest) {
      return CompletableFuture.failedFuture(invalidRequest);
    }
    CompletableFuture<Outcome<T>> outcome = async.start(ctx);
    // thenApply runs on the thread completing `outcome`: the callback executor, never the common
    // pool.
    CompletableFuture<R> result = outcome.thenApply(view);
    result.whenComplete((v, t) -> {
      if (result.isCancelled()) {
        outcome.cancel(true);
      }
    });
    return result;
  }
}
