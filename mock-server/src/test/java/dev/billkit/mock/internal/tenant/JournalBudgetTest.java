package dev.billkit.mock.internal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JournalBudgetTest {
  private static Journal.Entry entry(long seq) {
    return new Journal.Entry(
        seq, 0, "GET", "/v1/customers", null, 3, null, new String[0], null, 200, null, false, 1,
        null);
  }

  private static List<Long> seqs(Journal journal) {
    return journal.newestFirst(e -> true, 100).stream().map(Journal.Entry::requestSeq).toList();
  }

  @Test
  void theServersOldestEntriesGoFirstWhicheverTenantTheyBelongTo() {
    JournalBudget budget = new JournalBudget(4);
    Journal a = new Journal(10, budget);
    Journal b = new Journal(10, budget);
    a.record(entry(1));
    a.record(entry(2));
    b.record(entry(1));
    a.record(entry(3));
    b.record(entry(2));
    b.record(entry(3));

    assertThat(seqs(a)).containsExactly(3L);
    assertThat(seqs(b)).containsExactly(3L, 2L, 1L);
    assertThat(a.dropped()).isEqualTo(2);
    assertThat(b.dropped()).isZero();
  }

  @Test
  void anEntryItsOwnJournalAlreadyDroppedSpendsNothingTwice() {
    JournalBudget budget = new JournalBudget(3);
    Journal small = new Journal(1, budget);
    Journal other = new Journal(10, budget);
    small.record(entry(1));
    small.record(entry(2)); // its own bound drops 1; the budget still holds a token for it
    other.record(entry(1));
    other.record(entry(2)); // the budget takes the token of small's 1: nothing left to drop

    assertThat(seqs(small)).containsExactly(2L);
    assertThat(seqs(other)).containsExactly(2L, 1L);
    other.record(entry(3)); // now small's 2 is the server's oldest
    assertThat(seqs(small)).isEmpty();
    assertThat(small.dropped()).isEqualTo(2);
    assertThat(seqs(other)).containsExactly(3L, 2L, 1L);
  }

  @Test
  void manyTenantsTogetherNeverHoldMoreThanTheBudget() {
    JournalBudget budget = new JournalBudget(1_000);
    List<Journal> journals =
        java.util.stream.Stream.generate(() -> new Journal(10_000, budget)).limit(100).toList();
    for (long i = 1; i <= 500; i++) {
      for (Journal j : journals) {
        j.record(entry(i));
      }
    }
    assertThat(journals.stream().mapToInt(Journal::size).sum()).isEqualTo(1_000);
    assertThat(seqs(journals.get(0))).containsExactly(500L, 499L, 498L, 497L, 496L, 495L, 494L,
        493L, 492L, 491L);
  }

  @Test
  void aZeroBudgetKeepsNoEntryAndCountsEachAsDropped() {
    JournalBudget budget = new JournalBudget(0);
    Journal journal = new Journal(10, budget);
    journal.record(entry(1));
    journal.record(entry(2));
    assertThat(seqs(journal)).isEmpty();
    assertThat(journal.dropped()).isEqualTo(2);
  }

  @Test
  void tenantsRecordingConcurrentlyEndWithExactlyTheBudgetHeld() throws Exception {
    JournalBudget budget = new JournalBudget(5_000);
    List<Journal> journals =
        java.util.stream.Stream.generate(() -> new Journal(10_000, budget)).limit(8).toList();
    List<Thread> threads = new java.util.ArrayList<>();
    for (Journal j : journals) {
      threads.add(
          new Thread(
              () -> {
                for (long i = 1; i <= 20_000; i++) {
                  j.record(entry(i));
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(journals.stream().mapToInt(Journal::size).sum()).isEqualTo(5_000);
    assertThat(journals.stream().mapToLong(Journal::dropped).sum()).isEqualTo(8 * 20_000 - 5_000);
    for (Journal j : journals) {
      List<Long> held = seqs(j);
      // Whatever each tenant kept is its newest entries, without gaps.
      for (int k = 0; k < held.size(); k++) {
        assertThat(held.get(k)).isEqualTo(20_000L - k);
      }
    }
  }

  @Test
  void aNegativeBudgetIsRefusedByName() {
    assertThatThrownBy(() -> new JournalBudget(-1)).hasMessageContaining("journal total");
  }
}
