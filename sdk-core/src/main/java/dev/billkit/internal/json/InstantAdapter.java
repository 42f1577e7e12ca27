package dev.billkit.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * RFC 3339 timestamps as {@link Instant}. Writes UTC ({@code 2026-11-01T10:00:00Z}); reads any
 * offset, since RFC 3339 allows one. Moshi refuses {@code java.*} types without an explicit
 * adapter, which is why this exists.
 */
final class InstantAdapter extends JsonAdapter<Instant> {
  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    String text = reader.nextString();
    Instant fast = parseUtcSeconds(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an RFC 3339 date-time but was \"" + text + "\" at path " + reader.getPath(), e);
    }
  }

  /**
   * The API's own form, {@code 2026-11-01T10:00:00Z}, parsed without a formatter (which is most of
   * the per-response garbage otherwise); anything else returns {@code null} for the full parser.
   */
  static Instant parseUtcSeconds(String s) {
    if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    try {
      long days = java.time.LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second);
    } catch (java.time.DateTimeException invalidDate) {
      return null;
    }
  }

  /** The decimal number in {@code s[from, from + n)}, or -1 if a character is not a digit. */
  private static int digits(String s, int from, int n) {
    int value = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, Instant value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      writer.value(value.toString());
    }
  }
}
