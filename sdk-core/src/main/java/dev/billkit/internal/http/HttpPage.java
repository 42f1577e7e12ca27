package dev.billkit.internal.http;

import dev.billkit.Page;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * A page that knows the request it came from. The next page repeats that request with the cursor
 * moved: {@code starting_after} the last item, or, when the caller paged backwards with {@code
 * ending_before}, {@code ending_before} the first item.
 */
final class HttpPage<T> implements Page<T> {
  private final RequestExecutor executor;
  private final ApiRequest<Page<T>> request;
  private final List<T> data;
  private final boolean hasMore;

  HttpPage(RequestExecutor executor, ApiRequest<Page<T>> request, List<T> data, boolean hasMore) {
    this.executor = executor;
    this.request = request;
    this.data = List.copyOf(data);
    this.hasMore = hasMore;
  }

  @Override
  public List<T> data() {
    return data;
  }

  @Override
  public boolean hasMore() {
    return hasMore;
  }

  @Override
  public Page<T> nextPage() {
    return executor.execute(nextRequest());
  }

  @Override
  public CompletableFuture<Page<T>> nextPageAsync() {
    try {
      return executor.executeAsync(nextRequest());
    } catch (NoSuchElementException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private ApiRequest<Page<T>> nextRequest() {
    if (!hasMore || data.isEmpty()) {
      throw new NoSuchElementException("no next page: hasMore() is false");
    }
    boolean backwards = request.query().stream().anyMatch(p -> p.name().equals("ending_before"));
    return backwards
        ? request.withCursor("ending_before", request.idOf(data.get(0)), "starting_after")
        : request.withCursor("starting_after", request.idOf(data.get(data.size() - 1)),
            "ending_before");
  }

  @Override
  public String toString() {
    return "Page{size=" + data.size() + ", hasMore=" + hasMore + "}";
  }
}
