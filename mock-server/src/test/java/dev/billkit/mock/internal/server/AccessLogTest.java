package dev.billkit.mock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AccessLogTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AccessLog log = new AccessLog(new PrintStream(bytes, false, StandardCharsets.UTF_8));

  private String lines() {
    log.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLineNamesTheRequestItsStatusTimeRequestIdAndTheKeysLastFourCharacters() {
    log.log("POST", "/v1/customers", 200, 1_234, "req_1", "sk_test_abcdef12");
    log.log("GET", "/_mock/health", 200, 56, "req_2", null);
    log.log("GET", "/v1/customers", 401, 9_999, "req_3", "sk_test_ab");
    assertThat(lines())
        .isEqualTo(
            "POST /v1/customers 200 1.2ms req_1 sk_test_…ef12\n"
                + "GET /_mock/health 200 0.0ms req_2 -\n"
                + "GET /v1/customers 401 9.9ms req_3 sk_test_…\n");
  }

  @Test
  void aTargetOutsideAsciiIsWrittenAsUtf8() {
    log.log("GET", "/v1/customers/é😀x", 404, 0, null, null);
    assertThat(lines()).isEqualTo("GET /v1/customers/é😀x 404 0.0ms - -\n");
  }
}
