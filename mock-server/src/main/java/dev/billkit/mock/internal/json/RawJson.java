package dev.billkit.mock.internal.json;

/**
 * Already-encoded JSON placed inside a tree, written verbatim by {@link Json#write}. It lets a
 * stored resource go into a list or an event without being parsed again.
 *
 * @param bytes one complete UTF-8 JSON value; never modified
 */
public record RawJson(byte[] bytes) {}
