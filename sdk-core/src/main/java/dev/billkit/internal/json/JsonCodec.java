package dev.billkit.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import dev.billkit.errors.BillkitInvalidDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one shared {@link Moshi} of the client and the two operations the executor needs. Thread-safe
 * (Moshi caches adapters). Generated models carry explicit {@code @Json(name = …)} names; generated
 * polymorphic types register their adapters through {@code @JsonClass(generateAdapter = true)}.
 */
public final class JsonCodec {
  private static final Moshi MOSHI = new Moshi.Builder().add(Instant.class, new InstantAdapter())
      .build();
  // Moshi caches adapters too, but its lookup canonicalises the type, allocates a key and takes a
  // lock on every call; this map is one lock-free get on the hot path.
  private static final ConcurrentHashMap<Type, JsonAdapter<?>> ADAPTERS =
      new ConcurrentHashMap<>();

  private JsonCodec() {}

  /** The shared instance; add nothing to it, derive with {@code newBuilder()} instead. */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Reads one complete JSON document of {@code type} from {@code source}. Does not close it.
   *
   * @throws BillkitInvalidDataException if the JSON is malformed, has a value of the wrong type,
   *     is {@code null}, or has trailing content; the exception names the JSON path
   * @throws IOException if reading the source fails (a broken connection mid-body)
   */
  public static <T> T decode(BufferedSource source, Type type, String idempotencyKey)
      throws IOException {
    return decode(source, type, idempotencyKey, "Response body");
  }

  /**
   * Reads one complete JSON document of {@code type} from exactly these bytes (UTF-8), such as a
   * verified webhook body; {@code subject} names them in the message ("Webhook body").
   *
   * @throws BillkitInvalidDataException as {@link #decode(BufferedSource, Type, String)} does
   */
  public static <T> T decode(byte[] json, Type type, String subject) {
    try {
      return decode(new Buffer().write(json), type, null, subject);
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory buffer cannot fail", e);
    }
  }

  private static <T> T decode(BufferedSource source, Type type, String idempotencyKey,
      String subject) throws IOException {
    @SuppressWarnings("unchecked")
    JsonAdapter<T> adapter = (JsonAdapter<T>) ADAPTERS.computeIfAbsent(type, MOSHI::adapter);
    JsonReader reader = JsonReader.of(source);
    try {
      T value = adapter.fromJson(reader);
      if (value == null) {
        throw new JsonDataException("Expected " + describe(type) + " but was null at path $");
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed at path "
            + reader.getPath());
      }
      return value;
    } catch (JsonDataException | JsonEncodingException e) {
      throw new BillkitInvalidDataException(
          subject + " is not a valid " + describe(type) + ": " + e.getMessage(),
          reader.getPath(), e, idempotencyKey);
    }
  }

  /**
   * Writes {@code value} as JSON, using the adapter of its runtime class. Null fields are left
   * out, except those an {@link ExplicitNulls} value asks to send as {@code null}.
   */
  public static String encode(Object value) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter =
        (JsonAdapter<Object>) ADAPTERS.computeIfAbsent(value.getClass(), MOSHI::adapter);
    if (!(value instanceof ExplicitNulls nulls) || nulls.explicitNulls().isEmpty()) {
      return adapter.toJson(value);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) adapter.toJsonValue(value);
    for (String name : nulls.explicitNulls()) {
      json.put(name, null);
    }
    return MOSHI.adapter(Object.class).serializeNulls().toJson(json);
  }

  private static String describe(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }
}
