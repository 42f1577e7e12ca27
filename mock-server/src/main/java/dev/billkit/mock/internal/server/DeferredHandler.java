package dev.billkit.mock.internal.server;

import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets Jetty open its port before the pipelines are built: a request that arrives early waits for
 * them (a few hundred milliseconds at most, during start-up only).
 */
final class DeferredHandler extends Handler.Abstract {
  private final CompletableFuture<JettyHandler> target;
  private volatile JettyHandler ready;

  DeferredHandler(CompletableFuture<JettyHandler> target) {
    this.target = target;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    JettyHandler handler = ready;
    if (handler == null) {
      handler = target.join();
      ready = handler;
    }
    return handler.handle(request, response, callback);
  }
}
