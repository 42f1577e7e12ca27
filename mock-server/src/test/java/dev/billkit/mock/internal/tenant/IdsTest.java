package dev.billkit.mock.internal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void idsArePrefixedDeterministicAndNeverRepeat() {
    Ids a = new Ids(Ids.salt(1, "sk_test_a"));
    Ids same = new Ids(Ids.salt(1, "sk_test_a"));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      String id = a.next(IdPrefix.CUSTOMER);
      assertThat(id).matches("cus_[0-9A-Za-z]{14}").isEqualTo(same.next(IdPrefix.CUSTOMER));
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void theSeedAndTheKeyBothChangeTheIds() {
    String base = new Ids(Ids.salt(1, "sk_test_a")).next(IdPrefix.INVOICE);
    assertThat(new Ids(Ids.salt(2, "sk_test_a")).next(IdPrefix.INVOICE)).isNotEqualTo(base);
    assertThat(new Ids(Ids.salt(1, "sk_test_b")).next(IdPrefix.INVOICE))
        .isNotEqualTo(base)
        .startsWith("in_");
  }

  @Test
  void eachPrefixHasItsOwnCounterAndCountersCanBeRestored() {
    Ids ids = new Ids(7);
    String firstEvent = ids.next(IdPrefix.EVENT);
    ids.next(IdPrefix.CUSTOMER);
    Ids other = new Ids(7);
    assertThat(other.next(IdPrefix.EVENT)).isEqualTo(firstEvent);
    Ids restored = new Ids(7);
    restored.restore(ids.counters());
    assertThat(restored.next(IdPrefix.CUSTOMER)).isEqualTo(ids.next(IdPrefix.CUSTOMER));
    assertThat(ids.requestId(3)).isEqualTo(new Ids(7).requestId(3)).startsWith("req_");
    assertThat(ids.secret(32)).hasSize(32).matches("[0-9A-Za-z]+");
    assertThatThrownBy(() -> ids.next(IdPrefix.REQUEST))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
