package dev.billkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP answer, for {@link RequestListener}s.
 *
 * @param statusCode HTTP status
 * @param headers response headers (names as received)
 * @param latency time from sending the attempt to receiving the headers, by the client's clock
 */
public record ResponseInfo(int statusCode, Map<String, List<String>> headers, Duration latency) {

  /** The {@code Request-Id} header, if present. */
  public Optional<String> requestId() {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase("Request-Id") && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }
}
