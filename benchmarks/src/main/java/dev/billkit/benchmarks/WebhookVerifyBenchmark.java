package dev.billkit.benchmarks;

import com.standardwebhooks.Webhook;
import dev.billkit.webhooks.VerifiedWebhook;
import dev.billkit.webhooks.WebhookSigner;
import dev.billkit.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying one delivery of 1 KiB and 64 KiB: Billkit's {@link WebhookVerifier}, the reference
 * library {@code com.standardwebhooks:standardwebhooks}, and the floor, a bare pre-keyed {@link
 * Mac} over the same signed bytes with no parsing, lookup or comparison at all.
 *
 * <p>Both verifiers read the system clock, so the delivery is re-signed before every iteration
 * (outside the measurement) to stay inside the 5-minute tolerance. Results: RESULTS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class WebhookVerifyBenchmark {

  @Param({"1024", "65536"})
  public int size;

  private static final String ID = "evt_01JD6Z8J2E3QH4W5X6Y7Z8A9BC";

  private String secret;
  private byte[] body;
  private String bodyString;
  private WebhookVerifier ours;
  private Webhook reference;
  private Mac floorMac;
  private byte[] signedPrefix;
  private Map<String, List<String>> headers;

  @Setup(Level.Trial)
  public void keys() throws Exception {
    secret = WebhookSigner.generateSecret();
    body = jsonOfSize(size);
    bodyString = new String(body, StandardCharsets.UTF_8);
    ours = WebhookVerifier.builder().addSecret(secret).build();
    reference = new Webhook(secret);
    floorMac = Mac.getInstance("HmacSHA256");
    byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
    floorMac.init(new SecretKeySpec(key, "HmacSHA256"));
  }

  @Setup(Level.Iteration)
  public void signNow() {
    Map<String, String> signed = WebhookSigner.of(secret).sign(ID, Instant.now(), body);
    headers =
        Map.of(
            "webhook-id", List.of(signed.get("webhook-id")),
            "webhook-timestamp", List.of(signed.get("webhook-timestamp")),
            "webhook-signature", List.of(signed.get("webhook-signature")));
    signedPrefix =
        (ID + "." + signed.get("webhook-timestamp") + ".").getBytes(StandardCharsets.US_ASCII);
  }

  @Benchmark
  public byte[] floorBareMac() {
    floorMac.update(signedPrefix);
    floorMac.update(body);
    return floorMac.doFinal();
  }

  @Benchmark
  public VerifiedWebhook billkit() {
    return ours.verify(body, headers);
  }

  @Benchmark
  public VerifiedWebhook billkitExactHeaders() {
    return ours.verify(body, name -> headers.get(name));
  }

  @Benchmark
  public Webhook reference() throws Exception {
    reference.verify(bodyString, headers);
    return reference;
  }

  /** A JSON object of exactly {@code size} bytes with varied ASCII content. */
  static byte[] jsonOfSize(int size) {
    byte[] out = new byte[size];
    Random random = new Random(42);
    out[0] = '{';
    out[1] = '"';
    out[2] = 'x';
    out[3] = '"';
    out[4] = ':';
    out[5] = '"';
    for (int i = 6; i < size - 2; i++) {
      out[i] = (byte) ('a' + random.nextInt(26));
    }
    out[size - 2] = '"';
    out[size - 1] = '}';
    return out;
  }
}
