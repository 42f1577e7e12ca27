package dev.billkit.mock.internal.server;

/**
 * A reply plus what the access log needs to know about the request.
 *
 * @param requestId the id the reply carries in {@code Request-Id}
 * @param apiKey the caller's key when it was well-formed, else null
 */
record Handled(Reply reply, String requestId, String apiKey) {}
