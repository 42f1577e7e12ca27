package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The usual list operation of a table: {@code limit}, {@code starting_after}/{@code ending_before}
 * (see {@link Lists#page}), {@code created[gt|gte|lt|lte]} on {@code created_at}, plus the filters
 * declared here. Answers the spec's list envelope, newest first, with {@code url} = the request
 * path. Immutable and thread-safe: build one at registration.
 *
 * <pre>{@code
 * handlers.on("listInvoices",
 *     ListHandler.of("invoice").equal("customer").equal("subscription").equal("status"));
 * }</pre>
 */
public final class ListHandler implements OperationHandler {
  private static final String[][] CREATED = {
    {"created[gt]", "gt"}, {"created[gte]", "gte"}, {"created[lt]", "lt"}, {"created[lte]", "lte"}
  };

  private final String resource;
  private final List<Filter> filters;

  private ListHandler(String resource, List<Filter> filters) {
    this.resource = resource;
    this.filters = List.copyOf(filters);
  }

  /** Lists the objects of table {@code resource}. */
  public static ListHandler of(String resource) {
    return new ListHandler(resource, List.of());
  }

  /** Keeps objects whose field of the same name equals query parameter {@code param}, if sent. */
  public ListHandler equal(String param) {
    return equal(param, param);
  }

  /** Keeps objects whose {@code field} equals query parameter {@code param}, if sent. */
  public ListHandler equal(String param, String field) {
    return where(param, (object, value) -> Objects.equals(object.get(field), value));
  }

  /** Keeps objects whose {@code field} equals path parameter {@code param} (always present). */
  public ListHandler pathEqual(String param, String field) {
    return with(
        new Filter(param, true, (object, value) -> Objects.equals(object.get(field), value)));
  }

  /**
   * Keeps objects for which {@code test(object, value)} holds, when query parameter {@code param}
   * is sent ({@code value} has its schema type: String, Long, Boolean…).
   */
  public ListHandler where(String param, BiPredicate<Map<String, Object>, Object> test) {
    return with(new Filter(param, false, test));
  }

  @Override
  public MockResponse handle(Call call) {
    List<Predicate<Map<String, Object>>> active = new ArrayList<>();
    for (String[] created : CREATED) {
      Object bound = call.query(created[0]);
      if (bound != null) {
        active.add(createdTest(created[1], Times.parseExact((String) bound)));
      }
    }
    for (Filter f : filters) {
      Object value = f.path() ? call.pathParam(f.param()) : call.query(f.param());
      if (value != null) {
        active.add(object -> f.test().test(object, value));
      }
    }
    Predicate<byte[]> filter =
        active.isEmpty()
            ? null
            : json -> {
              Map<String, Object> object = Json.readObject(json);
              return active.stream().allMatch(p -> p.test(object));
            };
    return Lists.page(call, call.table(resource), filter);
  }

  private static Predicate<Map<String, Object>> createdTest(String op, Instant bound) {
    return object -> {
      int c = Times.parse((String) object.get("created_at")).compareTo(bound);
      switch (op) {
        case "gt":
          return c > 0;
        case "gte":
          return c >= 0;
        case "lt":
          return c < 0;
        default:
          return c <= 0;
      }
    };
  }

  private ListHandler with(Filter filter) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(filter);
    return new ListHandler(resource, more);
  }

  private record Filter(
      String param, boolean path, BiPredicate<Map<String, Object>, Object> test) {}
}
