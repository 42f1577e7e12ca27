package dev.billkit.mock.internal.domain.webhook;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.internal.op.Times;
import dev.billkit.mock.internal.op.Work;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API never shows of a webhook endpoint, kept in a table of its own so that it lives and
 * rolls back with the tenant's other objects: its signing secrets (newest first, each with the
 * account time it stops signing, or null) and its count of consecutive failed attempts.
 */
final class EndpointState {
  static final String TABLE = "webhook_endpoint_state";

  private EndpointState() {}

  /** Stores the state of a new endpoint; returns its first secret. */
  static String create(Work work, String endpointId) {
    String secret = newSecret(work);
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("id", endpointId);
    state.put("secrets", List.of(secretEntry(secret, null)));
    state.put("failures", 0L);
    work.save(TABLE, state);
    return secret;
  }

  /**
   * Issues a new secret; the current ones keep signing for {@code keepPreviousSeconds} more of
   * account time (those already past their end are forgotten). Returns the new secret.
   */
  static String rotate(Work work, String endpointId, long keepPreviousSeconds) {
    Map<String, Object> state = read(work, endpointId);
    Instant now = work.nowFor(null);
    String until = Times.format(now.plusSeconds(keepPreviousSeconds));
    List<Object> secrets = new ArrayList<>();
    String secret = newSecret(work);
    secrets.add(secretEntry(secret, null));
    for (Map<String, Object> old : active(state, now)) {
      String end = (String) old.get("expires_at");
      secrets.add(
          secretEntry(
              (String) old.get("secret"),
              end != null && Times.parse(end).isBefore(Times.parse(until)) ? end : until));
    }
    state.put("secrets", secrets);
    work.save(TABLE, state);
    return secret;
  }

  /** The HMAC keys of the secrets that sign now (account time), newest first. */
  static List<byte[]> keys(Work work, String endpointId) {
    List<byte[]> keys = new ArrayList<>();
    for (Map<String, Object> s : active(read(work, endpointId), work.nowFor(null))) {
      keys.add(Signatures.key((String) s.get("secret")));
    }
    return keys;
  }

  /** Counts one more failed attempt in a row; returns the count. */
  static long failed(Work work, String endpointId) {
    Map<String, Object> state = read(work, endpointId);
    long failures = (Long) state.get("failures") + 1;
    state.put("failures", failures);
    work.save(TABLE, state);
    return failures;
  }

  /** Resets the count of consecutive failures (a success, or the endpoint enabled again). */
  static void resetFailures(Work work, String endpointId) {
    Map<String, Object> state = read(work, endpointId);
    if ((Long) state.get("failures") != 0L) {
      state.put("failures", 0L);
      work.save(TABLE, state);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> active(Map<String, Object> state, Instant now) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : (List<Object>) state.get("secrets")) {
      Map<String, Object> s = (Map<String, Object>) o;
      String end = (String) s.get("expires_at");
      if (end == null || Times.parse(end).isAfter(now)) {
        out.add(s);
      }
    }
    return out;
  }

  private static Map<String, Object> read(Work work, String endpointId) {
    byte[] json = work.find(TABLE, endpointId);
    if (json == null) {
      throw new IllegalStateException("webhook endpoint " + endpointId + " has no state");
    }
    return Json.readObject(json);
  }

  private static Map<String, Object> secretEntry(String secret, String expiresAt) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("secret", secret);
    entry.put("expires_at", expiresAt);
    return entry;
  }

  /**
   * {@code whsec_} + base64 of 32 bytes. The bytes hash a token of the tenant's deterministic
   * secret sequence, so the same calls with the same key and seed give the same secrets.
   */
  private static String newSecret(Work work) {
    String token = work.tenant().ids().secret(43);
    try {
      byte[] bytes =
          MessageDigest.getInstance("SHA-256")
              .digest(("billkit-webhook-secret:" + token).getBytes(StandardCharsets.UTF_8));
      return Signatures.PREFIX + Base64.getEncoder().encodeToString(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
