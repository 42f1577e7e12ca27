package dev.billkit.mock.internal.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JournalTest {
  private static Journal.Entry entry(long seq, String path) {
    return new Journal.Entry(
        seq, 0, "GET", path, null, 3, null, new String[0], null, 200, null, false, 1, null);
  }

  @Test
  void theDefaultBoundIsTenThousandEntriesOldestDroppedFirst() {
    Journal journal = new Journal(Journal.DEFAULT_LIMIT);
    for (long i = 1; i <= 10_001; i++) {
      journal.record(entry(i, "/v1/customers"));
    }
    assertThat(journal.size()).isEqualTo(10_000);
    assertThat(journal.dropped()).isEqualTo(1);
    List<Journal.Entry> entries = journal.newestFirst(e -> true, 20_000);
    assertThat(entries.get(0).requestSeq()).isEqualTo(10_001);
    assertThat(entries.get(entries.size() - 1).requestSeq()).isEqualTo(2);
  }

  @Test
  void filtersApplyBeforeTheLimitAndOneExtraEntryTellsThereIsMore() {
    Journal journal = new Journal(100);
    for (long i = 1; i <= 10; i++) {
      journal.record(entry(i, i % 2 == 0 ? "/even" : "/odd"));
    }
    List<Journal.Entry> even = journal.newestFirst(e -> e.path().equals("/even"), 2);
    assertThat(even).extracting(Journal.Entry::requestSeq).containsExactly(10L, 8L, 6L);
  }

  @Test
  void aZeroSizeJournalKeepsNothingAndCountsEverythingAsDropped() {
    Journal journal = new Journal(0);
    journal.record(entry(1, "/p"));
    assertThat(journal.newestFirst(e -> true, 10)).isEmpty();
    assertThat(journal.dropped()).isEqualTo(1);
  }
}
