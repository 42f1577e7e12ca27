package dev.billkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.testing.MockHttp;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {
  @Test
  void closeLetsAnInFlightRequestFinishAndThenRefusesNewOnes() throws Exception {
    FixtureServer server = FixtureServer.start();
    String key = server.newKey();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      server.customers.close();
      Future<MockHttp.Reply> inFlight =
          pool.submit(
              () ->
                  server
                      .http
                      .post("/v1/customers")
                      .key(key)
                      .json("{\"email\":\"ada@example.com\"}")
                      .send());
      server.customers.awaitEntered();
      CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close, pool);
      assertThat(closing).isNotDone();
      server.customers.open();
      assertThat(inFlight.get().status()).isEqualTo(200);
      closing.get();
      assertThat(new MockHttp(server.mock.url()).get("/_mock/health").sendExpectingIoFailure())
          .isNotNull();
    } finally {
      server.customers.open();
      pool.shutdownNow();
      server.close();
    }
  }
}
