package dev.billkit.mock.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdleMemoryTest {
  /** JVM flags in a map; records what was set. */
  private static final class RecordingFlags implements IdleMemory.Flags {
    final Map<String, String> values = new HashMap<>();
    final Set<String> setByUser = new HashSet<>();
    final Map<String, String> set = new HashMap<>();

    RecordingFlags(boolean g1) {
      values.put("UseG1GC", Boolean.toString(g1));
      values.put(IdleMemory.FLAG, "0");
    }

    @Override
    public String value(String name) {
      return values.get(name);
    }

    @Override
    public boolean isDefault(String name) {
      return !setByUser.contains(name);
    }

    @Override
    public void set(String name, String value) {
      set.put(name, value);
    }
  }

  @Test
  void underG1WithTheFlagUntouchedTheServerCollectsAfterFifteenQuietSeconds() {
    RecordingFlags flags = new RecordingFlags(true);
    assertThat(IdleMemory.apply(flags)).isTrue();
    assertThat(flags.set).containsExactly(Map.entry(IdleMemory.FLAG, "15000"));
  }

  @Test
  void aUsersOwnIntervalZeroIncludedIsLeftAlone() {
    RecordingFlags flags = new RecordingFlags(true);
    flags.setByUser.add(IdleMemory.FLAG);
    assertThat(IdleMemory.apply(flags)).isFalse();
    assertThat(flags.set).isEmpty();
  }

  @Test
  void otherCollectorsAndJvmsWithoutTheFlagAreLeftAlone() {
    RecordingFlags serial = new RecordingFlags(false);
    assertThat(IdleMemory.apply(serial)).isFalse();
    RecordingFlags old = new RecordingFlags(true);
    old.values.remove(IdleMemory.FLAG);
    assertThat(IdleMemory.apply(old)).isFalse();
    assertThat(serial.set).isEmpty();
    assertThat(old.set).isEmpty();
  }
}
