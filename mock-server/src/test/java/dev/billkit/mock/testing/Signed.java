package dev.billkit.mock.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a received webhook's Standard Webhooks v1 signature the way a receiver does (written here
 * from the spec, independently of the server's signer; the node interop test checks both against
 * the official library).
 */
public final class Signed {
  private Signed() {}

  /** How many of the {@code v1,} signatures of the request verify with {@code secret}. */
  public static int matches(Receiver.Received request, String secret) {
    String expected =
        hmac(
            secret,
            request.header("webhook-id") + "." + request.header("webhook-timestamp") + ".",
            request.body());
    return (int)
        Arrays.stream(request.header("webhook-signature").split(" "))
            .filter(s -> s.equals("v1," + expected))
            .count();
  }

  /** The signatures in the header. */
  public static String[] signatures(Receiver.Received request) {
    return request.header("webhook-signature").split(" ");
  }

  private static String hmac(String secret, String prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      mac.update(prefix.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
