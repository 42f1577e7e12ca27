package dev.billkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP attempt as sent, for {@link RequestListener}s.
 *
 * @param method HTTP method, such as {@code POST}
 * @param url full URL including the query string
 * @param headers request headers as sent (including {@code Authorization})
 * @param attempt 1 for the first attempt, 2 for the first retry, and so on
 * @param idempotencyKey the call's key, empty for GET and DELETE
 */
public record RequestInfo(
    String method,
    String url,
    Map<String, List<String>> headers,
    int attempt,
    Optional<String> idempotencyKey) {}
