package dev.billkit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a cursor-paginated list, newest first. Pages are immutable; fetching the next page
 * makes a new call with the same parameters and options, moving the cursor past this page.
 *
 * <p>Implement this interface in tests to fake a list result.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /** The items of this page, possibly empty, never {@code null}. */
  List<T> data();

  /** Whether the server has more items after this page. */
  boolean hasMore();

  /**
   * Fetches the next page (a blocking call, retried like any other).
   *
   * @throws NoSuchElementException if {@link #hasMore()} is false
   */
  Page<T> nextPage();

  /** Fetches the next page asynchronously; fails with {@link NoSuchElementException} at the end. */
  CompletableFuture<Page<T>> nextPageAsync();

  /**
   * Every item of this page and the following ones. Pages are fetched lazily, one call each, as
   * the iteration reaches them; iterate again to fetch again. Each fetch may throw a {@code
   * BillkitException}.
   */
  default Iterable<T> autoPagingIterable() {
    return () -> new Iterator<>() {
      private Page<T> page = Page.this;
      private Iterator<T> items = page.data().iterator();

      @Override
      public boolean hasNext() {
        // An empty page that claims more has no cursor to continue from, so the iteration ends.
        while (!items.hasNext() && page.hasMore() && !page.data().isEmpty()) {
          page = page.nextPage();
          items = page.data().iterator();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return items.next();
      }
    };
  }

  /** {@link #autoPagingIterable()} as a sequential, lazy {@link Stream}. */
  default Stream<T> autoPagingStream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            autoPagingIterable().iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
