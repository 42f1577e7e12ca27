package dev.billkit.mock.internal.tenant;

import dev.billkit.mock.internal.json.Json;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves every tenant to {@code <data-dir>/state.bin} and restores it: keys, clocks, id counters,
 * request counters, settings, objects, events, scheduled tasks and completed idempotency keys. Test
 * clocks' times are in their objects. Empty tables are not written (an empty table is the same
 * state as none). Files of format version 1 (before tasks) still load. Not saved: the request
 * journal, armed fault scripts, coverage and the webhook delivery log, which describe one run
 * rather than the account. The file is written to a temporary name and moved into place, so a crash
 * never leaves half a file.
 */
public final class StateFile {
  private static final String MAGIC = "billkit-mock-state";
  private static final int VERSION = 2;
  private static final String NAME = "state.bin";

  private StateFile() {}

  /** Writes every tenant of {@code tenants} into {@code dir} (created if needed). */
  public static void save(Tenants tenants, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path tmp = dir.resolve(NAME + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      List<Tenant> all = tenants.all();
      all.sort((a, b) -> a.apiKey().compareTo(b.apiKey()));
      out.writeInt(all.size());
      for (Tenant t : all) {
        t.lock().writeLock().lock();
        try {
          writeTenant(out, t);
        } finally {
          t.lock().writeLock().unlock();
        }
      }
    }
    Files.move(
        tmp,
        dir.resolve(NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Restores tenants saved in {@code dir} into {@code tenants}; does nothing if there is no file.
   *
   * @return how many tenants were restored
   * @throws IOException if the file exists but cannot be read as a saved state
   */
  public static int restore(Tenants tenants, Path dir) throws IOException {
    Path file = dir.resolve(NAME);
    if (!Files.exists(file)) {
      return 0;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      int version = MAGIC.equals(in.readUTF()) ? in.readInt() : -1;
      if (version != 1 && version != VERSION) {
        throw new IOException(file + " is not a saved state of this mock server version");
      }
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        tenants.put(readTenant(in, tenants, version));
      }
      return count;
    } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
      throw new IOException(file + " is truncated or corrupt", e);
    }
  }

  /**
   * The durable state of one account as bytes: clock, id counters, settings, objects, events and
   * tasks, without what merely records requests (the request counter and idempotency keys). Two
   * calls give equal bytes exactly when the account is in the same state, which is how tests prove
   * that a rejected request changed nothing. Call under the tenant's lock.
   */
  public static byte[] accountState(Tenant t) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeLong(t.clock().epochSecond());
      writeAccount(out, t);
      TaskRecords.write(out, t.tasks());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeTenant(DataOutputStream out, Tenant t) throws IOException {
    out.writeUTF(t.apiKey());
    out.writeLong(t.seed());
    out.writeLong(t.clock().epochSecond());
    out.writeLong(t.requestCount());
    writeAccount(out, t);
    TaskRecords.write(out, t.tasks());
    writeKeys(out, t);
  }

  private static void writeAccount(DataOutputStream out, Tenant t) throws IOException {
    long[] counters = t.ids().counters();
    out.writeInt(counters.length);
    for (long c : counters) {
      out.writeLong(c);
    }
    writeBytes(out, Json.write(t.settings().view()));
    List<dev.billkit.mock.internal.store.Table> tables =
        t.store().tables().values().stream().filter(table -> table.size() > 0).toList();
    out.writeInt(tables.size());
    for (dev.billkit.mock.internal.store.Table table : tables) {
      out.writeUTF(table.name());
      List<Map.Entry<String, byte[]>> entries = table.entries();
      out.writeInt(entries.size());
      for (Map.Entry<String, byte[]> e : entries) {
        out.writeUTF(e.getKey());
        writeBytes(out, e.getValue());
      }
    }
  }

  private static void writeKeys(DataOutputStream out, Tenant t) throws IOException {
    List<IdempotencyStore.Entry> keys = t.idempotency().completed();
    out.writeInt(keys.size());
    for (IdempotencyStore.Entry e : keys) {
      out.writeUTF(e.key());
      out.writeUTF(e.path());
      writeBytes(out, e.digest());
      out.writeLong(e.firstUsed());
      out.writeInt(e.response().status());
      writeBytes(out, Json.write(new LinkedHashMap<String, Object>(e.response().headers())));
      writeBytes(out, e.response().body());
    }
  }

  @SuppressWarnings("unchecked")
  private static Tenant readTenant(DataInputStream in, Tenants tenants, int version)
      throws IOException {
    String key = in.readUTF();
    Tenant t = tenants.create(key, in.readLong());
    t.clock().restore(in.readLong());
    t.restoreRequestCount(in.readLong());
    long[] counters = new long[in.readInt()];
    for (int i = 0; i < counters.length; i++) {
      counters[i] = in.readLong();
    }
    t.ids().restore(counters);
    Map<String, Object> settings = Json.readObject(readBytes(in));
    t.settings().dunningOutcome((String) settings.get("dunning_outcome"));
    for (Map.Entry<String, Object> e :
        ((Map<String, Object>) settings.get("webhook_chaos")).entrySet()) {
      t.settings().webhookChaos(e.getKey(), (Map<String, Object>) e.getValue());
    }
    int tables = in.readInt();
    for (int i = 0; i < tables; i++) {
      dev.billkit.mock.internal.store.Table table = t.store().table(in.readUTF());
      int n = in.readInt();
      for (int j = 0; j < n; j++) {
        table.put(in.readUTF(), readBytes(in));
      }
    }
    if (version >= 2) {
      TaskRecords.read(in, t.tasks());
    }
    int keys = in.readInt();
    for (int i = 0; i < keys; i++) {
      String idem = in.readUTF();
      String path = in.readUTF();
      byte[] digest = readBytes(in);
      long firstUsed = in.readLong();
      int status = in.readInt();
      Map<String, String> headers = new LinkedHashMap<>();
      Json.readObject(readBytes(in)).forEach((k, v) -> headers.put(k, String.valueOf(v)));
      t.idempotency()
          .restore(
              idem,
              path,
              digest,
              firstUsed,
              new IdempotencyStore.StoredResponse(status, readBytes(in), headers));
    }
    return t;
  }

  static void writeBytes(OutputStream out, byte[] bytes) throws IOException {
    ((DataOutputStream) out).writeInt(bytes.length);
    out.write(bytes);
  }

  static byte[] readBytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 64 * 1024 * 1024) {
      throw new IOException("corrupt length " + n);
    }
    byte[] bytes = new byte[n];
    in.readFully(bytes);
    return bytes;
  }
}
