package dev.billkit;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/** Network interceptor that counts response bodies opened and closed, to prove none leaks. */
final class BodyTracker implements Interceptor {
  final AtomicInteger opened = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    opened.incrementAndGet();
    return response.newBuilder().body(new Tracked(body)).build();
  }

  private final class Tracked extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;
    private boolean done;

    Tracked(ResponseBody delegate) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        @Override
        public void close() throws IOException {
          if (!done) {
            done = true;
            closed.incrementAndGet();
          }
          super.close();
        }
      });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
