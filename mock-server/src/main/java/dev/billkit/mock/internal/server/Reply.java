package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the pipeline answers to one request. Immutable.
 *
 * @param headers extra headers (Request-Id, Billkit-Version and Content-Type are added on writing)
 * @param drop close the connection instead of answering (the {@code drop_after_commit} fault)
 */
record Reply(int status, byte[] body, Map<String, String> headers, boolean drop) {
  static Reply json(int status, Object tree) {
    return new Reply(status, Json.write(tree), Map.of(), false);
  }

  static Reply error(ApiError error, String requestId) {
    return new Reply(error.status(), Json.write(error.body(requestId)), error.headers(), false);
  }

  Reply withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Reply(status, body, more, drop);
  }

  Reply dropped() {
    return new Reply(status, body, headers, true);
  }
}
