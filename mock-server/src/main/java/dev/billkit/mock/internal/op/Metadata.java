package dev.billkit.mock.internal.op;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spec's {@code Metadata} semantics: up to 50 string pairs; on update, the keys sent are merged
 * into the existing ones and a key sent with an empty string is removed. The request schema has
 * already checked key and value lengths and the 50-key limit of the request itself. Stateless.
 */
public final class Metadata {
  /** The most keys an object's metadata may hold. */
  public static final int MAX_KEYS = 50;

  private Metadata() {}

  /**
   * The metadata of a new object: {@code sent} without its empty-string keys, or an empty map when
   * nothing was sent.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> of(Object sent) {
    return merge(Map.of(), sent == null ? Map.of() : (Map<String, Object>) sent);
  }

  /**
   * {@code current} with {@code changes} merged in: keys keep their order, new keys go last, a key
   * sent as {@code ""} is removed (removing an absent key is no error).
   *
   * @throws ApiError 400 {@code parameter_invalid} on {@code metadata} if the result would have
   *     more than {@value #MAX_KEYS} keys
   */
  public static Map<String, Object> merge(
      Map<String, Object> current, Map<String, Object> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(current);
    for (Map.Entry<String, Object> e : changes.entrySet()) {
      if ("".equals(e.getValue())) {
        merged.remove(e.getKey());
      } else {
        merged.put(e.getKey(), e.getValue());
      }
    }
    if (merged.size() > MAX_KEYS) {
      throw ApiError.invalidRequest(
          "parameter_invalid",
          "metadata: would have "
              + merged.size()
              + " keys after this update; at most "
              + MAX_KEYS
              + " are allowed (send a key with an empty string to remove it)",
          "metadata");
    }
    return merged;
  }
}
