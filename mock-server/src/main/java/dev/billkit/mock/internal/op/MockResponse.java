package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.json.Json;
import java.util.Map;

/**
 * A handler's successful answer: a status and a JSON body. Immutable.
 *
 * @param status an HTTP status, normally 200
 * @param body UTF-8 JSON bytes; handlers may pass the same array they stored (it is never changed),
 *     which keeps a create's stored object and its idempotent replay one copy in memory
 * @param headers extra headers; never null
 */
public record MockResponse(int status, byte[] body, Map<String, String> headers) {
  /** 200 with an already-encoded body. */
  public static MockResponse ok(byte[] json) {
    return new MockResponse(200, json, Map.of());
  }

  /** 200 with a {@link Json} tree. */
  public static MockResponse ok(Object tree) {
    return new MockResponse(200, Json.write(tree), Map.of());
  }
}
