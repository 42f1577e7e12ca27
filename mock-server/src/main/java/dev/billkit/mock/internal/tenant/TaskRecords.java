package dev.billkit.mock.internal.tenant;

import dev.billkit.mock.internal.json.Json;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How {@link StateFile} writes and reads a tenant's scheduled tasks (format version 2). */
final class TaskRecords {
  private TaskRecords() {}

  static void write(DataOutputStream out, Tasks tasks) throws IOException {
    List<Task> all = tasks.all();
    out.writeLong(tasks.lastId());
    out.writeInt(all.size());
    for (Task task : all) {
      out.writeLong(task.id());
      out.writeUTF(task.kind());
      out.writeUTF(task.timeline() == null ? "" : task.timeline());
      out.writeLong(task.dueEpochSecond());
      out.writeUTF(task.objectId() == null ? "" : task.objectId());
      StateFile.writeBytes(out, Json.write(new TreeMap<String, Object>(task.args())));
    }
  }

  static void read(DataInputStream in, Tasks into) throws IOException {
    long lastId = in.readLong();
    int n = in.readInt();
    List<Task> tasks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long id = in.readLong();
      String kind = in.readUTF();
      String timeline = in.readUTF();
      long due = in.readLong();
      String objectId = in.readUTF();
      Map<String, String> args = new LinkedHashMap<>();
      Json.readObject(StateFile.readBytes(in)).forEach((k, v) -> args.put(k, (String) v));
      tasks.add(
          new Task(
              id,
              kind,
              timeline.isEmpty() ? null : timeline,
              due,
              objectId.isEmpty() ? null : objectId,
              args));
    }
    into.restore(lastId, tasks);
  }
}
