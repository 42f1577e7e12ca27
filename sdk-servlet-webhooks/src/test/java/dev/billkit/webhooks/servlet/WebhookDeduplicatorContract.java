package dev.billkit.webhooks.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.webhooks.servlet.WebhookDeduplicator.Claim;
import dev.billkit.webhooks.servlet.WebhookDeduplicator.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link WebhookDeduplicator} must do; subclasses supply one on {@link #clock}. */
abstract class WebhookDeduplicatorContract {

  static final Duration PROCESSING = Duration.ofMinutes(5);
  static final Duration DONE_TTL = Duration.ofHours(24);

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));

  /** The implementation under test, reading {@link #clock}, with no claims yet. */
  abstract WebhookDeduplicator dedup();

  @Test
  void aFreeIdIsClaimedWithATokenAndADuplicateMeanwhileIsInProgress() {
    Claim first = dedup().claim("evt_1", PROCESSING);

    assertThat(first.status()).isEqualTo(Status.CLAIMED);
    assertThat(first.token()).isNotBlank();
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.inProgress());
    assertThat(dedup().claim("evt_2", PROCESSING).status()).isEqualTo(Status.CLAIMED);
  }

  @Test
  void aCompletedClaimMakesEveryLaterDuplicateDoneUntilItsTtlPasses() {
    Claim first = dedup().claim("evt_1", PROCESSING);

    assertThat(dedup().complete("evt_1", first.token(), DONE_TTL)).isTrue();
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.done());
    clock.advance(DONE_TTL.minusSeconds(1));
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.done());
    clock.advance(Duration.ofSeconds(1));
    assertThat(dedup().claim("evt_1", PROCESSING).status()).isEqualTo(Status.CLAIMED);
  }

  @Test
  void aReleasedClaimIsFreeSoTheRetryRunsTheHandler() {
    Claim first = dedup().claim("evt_1", PROCESSING);

    assertThat(dedup().release("evt_1", first.token())).isTrue();
    Claim retry = dedup().claim("evt_1", PROCESSING);
    assertThat(retry.status()).isEqualTo(Status.CLAIMED);
    assertThat(retry.token()).isNotEqualTo(first.token());
  }

  @Test
  void aProcessingClaimThatOutlivesItsTimeoutIsTakenOverOnce() {
    dedup().claim("evt_1", PROCESSING);
    clock.advance(PROCESSING.minusSeconds(1));
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.inProgress());
    clock.advance(Duration.ofSeconds(1));

    assertThat(dedup().claim("evt_1", PROCESSING).status()).isEqualTo(Status.CLAIMED);
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.inProgress());
  }

  @Test
  void aLateReleaseWithAStaleTokenLeavesTheNewOwnersClaimAlone() {
    Claim slow = dedup().claim("evt_1", PROCESSING);
    clock.advance(PROCESSING);
    Claim retry = dedup().claim("evt_1", PROCESSING);

    assertThat(dedup().release("evt_1", slow.token())).isFalse();
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.inProgress());
    assertThat(dedup().complete("evt_1", retry.token(), DONE_TTL)).isTrue();
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.done());
  }

  @Test
  void aLateCompleteWithAStaleTokenDoesNotMarkTheNewOwnersClaimDone() {
    Claim slow = dedup().claim("evt_1", PROCESSING);
    clock.advance(PROCESSING);
    Claim retry = dedup().claim("evt_1", PROCESSING);

    assertThat(dedup().complete("evt_1", slow.token(), DONE_TTL)).isFalse();
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.inProgress());
    assertThat(dedup().release("evt_1", retry.token())).isTrue();
    assertThat(dedup().claim("evt_1", PROCESSING).status()).isEqualTo(Status.CLAIMED);
  }

  @Test
  void aDoneClaimCannotBeReleasedOrCompletedAgain() {
    Claim first = dedup().claim("evt_1", PROCESSING);
    dedup().complete("evt_1", first.token(), DONE_TTL);

    assertThat(dedup().release("evt_1", first.token())).isFalse();
    assertThat(dedup().complete("evt_1", first.token(), DONE_TTL)).isFalse();
    assertThat(dedup().claim("evt_1", PROCESSING)).isEqualTo(Claim.done());
  }

  @Test
  void releasingOrCompletingAnUnknownIdChangesNothing() {
    assertThat(dedup().release("evt_unknown", "no-such-token")).isFalse();
    assertThat(dedup().complete("evt_unknown", "no-such-token", DONE_TTL)).isFalse();
    assertThat(dedup().claim("evt_unknown", PROCESSING).status()).isEqualTo(Status.CLAIMED);
  }

  @Test
  void aClaimResultCarriesATokenExactlyWhenClaimed() {
    assertThatThrownBy(() -> new Claim(Status.DONE, "t1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Claim(Status.CLAIMED, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofManyConcurrentClaimsExactlyOneWinsAndTheOthersSeeItInProgress() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 10; round++) {
        String id = "evt_race" + round;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Claim>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Callable<Claim> claim =
              () -> {
                go.await();
                return dedup().claim(id, PROCESSING);
              };
          results.add(pool.submit(claim));
        }
        go.countDown();
        List<Status> statuses = new ArrayList<>();
        for (Future<Claim> r : results) {
          statuses.add(r.get().status());
        }
        assertThat(statuses).as("claims of %s", id).containsOnlyOnce(Status.CLAIMED);
        assertThat(statuses).filteredOn(s -> s != Status.CLAIMED).containsOnly(Status.IN_PROGRESS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
