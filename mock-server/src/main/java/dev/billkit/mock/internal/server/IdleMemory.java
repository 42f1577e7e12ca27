package dev.billkit.mock.internal.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Lets the standalone server give memory back while it waits. G1 keeps the heap it grew under load
 * until something collects, and an idle server allocates nothing, so nothing does: a CI job's mock
 * that served a burst of tests then held on to the heap the burst needed. G1's periodic collection
 * (JEP 346) runs a concurrent cycle after a quiet interval and shrinks the heap to fit the live
 * data. It is off by default, and a jar cannot set JVM flags, but the flag is manageable at run
 * time, so the launcher sets it. Only for G1 and only when the user did not set it: an explicit
 * {@code -XX:G1PeriodicGCInterval} (0 included) wins. Not for the in-process server, whose JVM is
 * the user's.
 */
public final class IdleMemory {
  /** A quiet interval after which G1 collects, in milliseconds. */
  public static final long INTERVAL_MILLIS = 15_000;

  static final String FLAG = "G1PeriodicGCInterval";

  private IdleMemory() {}

  /** The JVM flags this needs. */
  interface Flags {
    /** The flag's value, or null when this JVM does not have it. */
    String value(String name);

    /** Whether the flag still has its default value, set by nobody. */
    boolean isDefault(String name);

    void set(String name, String value);
  }

  /**
   * Sets the periodic collection interval when the JVM runs G1 and nobody chose it.
   *
   * @return whether it was set
   */
  static boolean apply(Flags flags) {
    if (!"true".equals(flags.value("UseG1GC")) || flags.value(FLAG) == null) {
      return false;
    }
    if (!flags.isDefault(FLAG)) {
      return false;
    }
    flags.set(FLAG, Long.toString(INTERVAL_MILLIS));
    return true;
  }

  /**
   * {@link #apply} on the running JVM. Never throws: a JVM without these flags (not HotSpot)
   * keeps its behaviour.
   */
  public static boolean applyToThisJvm() {
    try {
      HotSpotDiagnosticMXBean bean =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return bean != null && apply(new HotSpotFlags(bean));
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static final class HotSpotFlags implements Flags {
    private final HotSpotDiagnosticMXBean bean;

    HotSpotFlags(HotSpotDiagnosticMXBean bean) {
      this.bean = bean;
    }

    @Override
    public String value(String name) {
      try {
        return bean.getVMOption(name).getValue();
      } catch (IllegalArgumentException unknown) {
        return null;
      }
    }

    @Override
    public boolean isDefault(String name) {
      return bean.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT;
    }

    @Override
    public void set(String name, String value) {
      bean.setVMOption(name, value);
    }
  }
}
