package dev.billkit.mock.internal.json;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON trees on Moshi's streaming API. A tree is made of {@code LinkedHashMap<String, Object>},
 * {@code ArrayList<Object>}, {@code String}, {@code Boolean}, {@code Long} (every integer that
 * fits), {@code BigDecimal} (every other number: never a {@code double}, so amounts stay exact) and
 * {@code null}. Writing keeps map order, so the same tree always gives the same bytes. Stateless
 * and thread-safe.
 */
public final class Json {
  private Json() {}

  /**
   * Parses {@code bytes} (UTF-8) into a tree.
   *
   * @throws MalformedJsonException naming the position when the bytes are not one JSON value
   */
  public static Object read(byte[] bytes) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(bytes))) {
      Object value = readValue(reader);
      boolean trailing;
      try {
        trailing = reader.peek() != JsonReader.Token.END_DOCUMENT;
      } catch (JsonEncodingException e) {
        trailing = true;
      }
      if (trailing) {
        throw new MalformedJsonException("unexpected data after the JSON value");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      // Moshi suggests setLenient(), which means nothing to an API client.
      throw new MalformedJsonException(
          e.getMessage()
              .replace(
                  "Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON"));
    } catch (java.io.EOFException e) {
      throw new MalformedJsonException("the JSON value ends too early");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a UTF-8 JSON document that must be an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readObject(byte[] bytes) {
    Object value = read(bytes);
    if (!(value instanceof Map)) {
      throw new MalformedJsonException("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  /** Writes a tree (see the class comment for the allowed types) as compact UTF-8 JSON. */
  public static byte[] write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writeValue(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Writes a tree as a compact JSON string. */
  public static String writeString(Object tree) {
    return new String(write(tree), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Object readValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (map.containsKey(name)) {
            throw new MalformedJsonException(
                "duplicate key \"" + name + "\" at " + reader.getPath());
          }
          map.put(name, readValue(reader));
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(readValue(reader));
        }
        reader.endArray();
        return list;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new MalformedJsonException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static Object number(String text) {
    BigDecimal decimal = new BigDecimal(text);
    // The magnitude check comes first so that "1e999999999" cannot make a huge BigInteger.
    if (decimal.precision() - decimal.scale() <= 19 && decimal.stripTrailingZeros().scale() <= 0) {
      BigInteger integer = decimal.toBigIntegerExact();
      if (integer.bitLength() < 64) {
        return integer.longValue();
      }
    }
    return decimal;
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String) {
      writer.value((String) value);
    } else if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
        writer.name(e.getKey());
        writeValue(writer, e.getValue());
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object item : (List<Object>) value) {
        writeValue(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Boolean) {
      writer.value((boolean) (Boolean) value);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof BigDecimal || value instanceof BigInteger) {
      writer.value((Number) value);
    } else if (value instanceof RawJson) {
      writer.valueSink().write(((RawJson) value).bytes()).close();
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
    }
  }
}
