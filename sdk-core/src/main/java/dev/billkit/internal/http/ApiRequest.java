package dev.billkit.internal.http;

import dev.billkit.Page;
import dev.billkit.RequestOptions;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Description of one API operation call, as built by a generated service: method, path (template
 * with its parameters already checked), query, body, response type and per-call options.
 * Immutable and thread-safe. Path parameters are percent-encoded when the URL is built, so an id
 * such as {@code a/b} stays one segment.
 *
 * @param <T> what the call returns: a model class, or {@link Page} of one for list operations
 */
public final class ApiRequest<T> {
  /** The HTTP methods the API uses. */
  public enum Method { GET, POST, DELETE }

  /** One query parameter, already rendered to its wire form. */
  public record QueryParam(String name, String value) {}

  private final Method method;
  private final List<String> pathSegments;
  private final List<QueryParam> query;
  private final Object body;
  private final Type responseType;
  private final Function<Object, String> itemId;
  private final RequestOptions options;

  private ApiRequest(Method method, List<String> pathSegments, List<QueryParam> query, Object body,
      Type responseType, Function<Object, String> itemId, RequestOptions options) {
    this.method = method;
    this.pathSegments = pathSegments;
    this.query = List.copyOf(query);
    this.body = body;
    this.responseType = responseType;
    this.itemId = itemId;
    this.options = options;
  }

  /**
   * Starts a request for {@code pathTemplate} (such as {@code /v1/customers/{customer}}) returning
   * {@code responseType}; use {@code Void.class} for operations without a response body.
   */
  public static <T> Builder<T> builder(Method method, String pathTemplate, Class<T> responseType) {
    return new Builder<>(method, pathTemplate, responseType, null);
  }

  /**
   * Starts a GET list request whose answer is a list envelope of {@code itemType}; {@code idOf}
   * gives the cursor of an item for fetching further pages.
   */
  @SuppressWarnings("unchecked")
  public static <I> Builder<Page<I>> listBuilder(
      String pathTemplate, Class<I> itemType, Function<? super I, String> idOf) {
    return new Builder<>(Method.GET, pathTemplate, itemType, (Function<Object, String>) idOf);
  }

  public Method method() {
    return method;
  }

  /** Path segments, decoded (the executor encodes them). */
  public List<String> pathSegments() {
    return pathSegments;
  }

  public List<QueryParam> query() {
    return query;
  }

  /** The params object to send as JSON, or {@code null}. */
  public Object body() {
    return body;
  }

  /** The type to parse; for list requests the item type. */
  public Type responseType() {
    return responseType;
  }

  public boolean isList() {
    return itemId != null;
  }

  String idOf(Object item) {
    return itemId.apply(item);
  }

  public RequestOptions options() {
    return options;
  }

  /** A copy whose query has {@code name} set to {@code value} and {@code removed} dropped. */
  ApiRequest<T> withCursor(String name, String value, String removed) {
    List<QueryParam> q = new ArrayList<>();
    for (QueryParam p : query) {
      if (!p.name().equals(name) && !p.name().equals(removed)) {
        q.add(p);
      }
    }
    q.add(new QueryParam(name, value));
    return new ApiRequest<>(method, pathSegments, q, body, responseType, itemId, options);
  }

  /** Mutable, single-use builder. */
  public static final class Builder<T> {
    private final Method method;
    private final PathTemplate template;
    private final String[] pathValues;
    private final Type responseType;
    private final Function<Object, String> itemId;
    private final List<QueryParam> query = new ArrayList<>();
    private Object body;
    private RequestOptions options = RequestOptions.none();

    private Builder(Method method, String pathTemplate, Type type, Function<Object, String> id) {
      this.method = method;
      this.template = PathTemplate.of(pathTemplate);
      this.pathValues = new String[template.size()];
      this.responseType = type;
      this.itemId = id;
    }

    /**
     * Fills {@code {name}} in the path template.
     *
     * @throws IllegalArgumentException if {@code value} is null or blank: an empty id would
     *     silently address the collection instead of one object; or if the template has no
     *     parameter {@code name}
     */
    public Builder<T> pathParam(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(
            name + " must be a non-empty id (got " + (value == null ? "null" : "\"\"") + ")");
      }
      int i = template.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("the path template has no parameter " + name);
      }
      pathValues[i] = value;
      return this;
    }

    /**
     * Adds query parameter {@code name}; {@code null} is skipped, a collection adds one parameter
     * per element, anything else is sent as {@code String.valueOf(value)} (generated enums and
     * {@link java.time.Instant} render their wire form that way).
     */
    public Builder<T> query(String name, Object value) {
      if (value instanceof Collection<?> values) {
        values.forEach(v -> query(name, v));
      } else if (value != null) {
        query.add(new QueryParam(name, String.valueOf(value)));
      }
      return this;
    }

    /** Sets the JSON body: a params object, or {@code null} for none. */
    public Builder<T> body(Object body) {
      this.body = body;
      return this;
    }

    /** Per-call options; {@code null} means {@link RequestOptions#none()}. */
    public Builder<T> options(RequestOptions options) {
      this.options = options == null ? RequestOptions.none() : options;
      return this;
    }

    /** @throws IllegalArgumentException if a path parameter of the template was not given */
    public ApiRequest<T> build() {
      return new ApiRequest<>(method, template.fill(pathValues), query, body, responseType, itemId,
          options);
    }
  }
}
