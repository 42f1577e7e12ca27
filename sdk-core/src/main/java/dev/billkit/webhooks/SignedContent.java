package dev.billkit.webhooks;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;

/**
 * The signed content {@code id + "." + timestamp + "." + body}, hashed without ever copying the
 * body: the short ASCII prefix and the body go to the MAC as two updates.
 */
final class SignedContent {

  /** Longest id accepted; it also bounds the dedup table's key column. */
  static final int MAX_ID_LENGTH = 255;

  /** Length of base64(HMAC-SHA256) with padding. */
  static final int SIGNATURE_CHARS = 44;

  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private SignedContent() {}

  /**
   * Whether {@code id} can be signed unambiguously: 1 to 255 visible ASCII characters without
   * {@code '.'}, since the spec forbids dots in ids to keep the signed content's fields apart.
   */
  static boolean isValidId(String id) {
    int n = id.length();
    if (n == 0 || n > MAX_ID_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c <= ' ' || c > '~' || c == '.') {
        return false;
      }
    }
    return true;
  }

  /** The ASCII bytes of {@code id + "." + timestamp + "."}; both arguments are ASCII. */
  static byte[] prefix(String id, String timestamp) {
    int idLen = id.length();
    int tsLen = timestamp.length();
    byte[] out = new byte[idLen + tsLen + 2];
    for (int i = 0; i < idLen; i++) {
      out[i] = (byte) id.charAt(i);
    }
    out[idLen] = '.';
    for (int i = 0; i < tsLen; i++) {
      out[idLen + 1 + i] = (byte) timestamp.charAt(i);
    }
    out[out.length - 1] = '.';
    return out;
  }

  /** The base64 signature (ASCII bytes, without the {@code v1,} scheme) of prefix + body. */
  static byte[] sign(SigningKey key, byte[] prefix, byte[] body) {
    Mac mac = key.acquire();
    byte[] signature = BASE64.encode(doFinal(mac, prefix, body));
    key.recycle(mac);
    return signature;
  }

  /**
   * The index of the first key whose signature of prefix + body equals one of {@code candidates}
   * (compared in constant time), or -1 if none does.
   */
  static int matchingKey(SigningKey[] keys, byte[] prefix, byte[] body, List<byte[]> candidates) {
    for (int k = 0; k < keys.length; k++) {
      byte[] expected = sign(keys[k], prefix, body);
      for (byte[] candidate : candidates) {
        if (MessageDigest.isEqual(expected, candidate)) {
          return k;
        }
      }
    }
    return -1;
  }

  private static byte[] doFinal(Mac mac, byte[] prefix, byte[] body) {
    mac.update(prefix);
    mac.update(body);
    return mac.doFinal();
  }
}
