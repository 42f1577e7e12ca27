package dev.billkit.mock.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableTest {
  private static Table table(int n) {
    Table table = new ResourceStore().table("thing");
    for (int i = 1; i <= n; i++) {
      table.put("t" + i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
    }
    return table;
  }

  private static List<String> ids(Table.Page page) {
    return page.data().stream()
        .map(b -> new String(b, StandardCharsets.UTF_8).replaceAll("\\D", ""))
        .map(s -> "t" + s)
        .toList();
  }

  @Test
  void pagesGoNewestFirstWithCursorsBothWays() {
    Table table = table(7);
    Table.Page first = table.page(3, null, null, null);
    assertThat(ids(first)).containsExactly("t7", "t6", "t5");
    assertThat(first.hasMore()).isTrue();
    Table.Page second = table.page(3, "t5", null, null);
    assertThat(ids(second)).containsExactly("t4", "t3", "t2");
    Table.Page last = table.page(3, "t2", null, null);
    assertThat(ids(last)).containsExactly("t1");
    assertThat(last.hasMore()).isFalse();
    Table.Page back = table.page(2, null, "t4", null);
    assertThat(ids(back)).containsExactly("t6", "t5");
    assertThat(back.hasMore()).isTrue();
  }

  @Test
  void aCursorStaysValidWhileObjectsAreAddedOrRemoved() {
    Table table = table(5);
    table.put("t9", "{\"n\":9}".getBytes(StandardCharsets.UTF_8));
    table.remove("t3");
    assertThat(ids(table.page(10, "t4", null, null))).containsExactly("t2", "t1");
    table.put("t2", "{\"n\":2}".getBytes(StandardCharsets.UTF_8));
    assertThat(ids(table.page(10, null, null, null))).containsExactly("t9", "t5", "t4", "t2", "t1");
  }

  @Test
  void filtersApplyBeforeTheLimitAndAnUnknownCursorIsNamed() {
    Table table = table(10);
    Table.Page odd = table.page(2, null, null, json -> (json[json.length - 2] - '0') % 2 == 1);
    assertThat(ids(odd)).containsExactly("t9", "t7");
    assertThatThrownBy(() -> table.page(2, "nope", null, null))
        .isInstanceOf(UnknownCursorException.class)
        .hasMessage("starting_after: no object 'nope' in this list");
  }

  @Test
  void removalsAreCompactedWithoutLosingOrder() {
    Table table = table(300);
    for (int i = 1; i <= 250; i++) {
      table.remove("t" + i);
    }
    assertThat(table.size()).isEqualTo(50);
    assertThat(ids(table.page(3, "t260", null, null))).containsExactly("t259", "t258", "t257");
  }

  @Test
  void undoingEveryChangeNewestFirstRestoresTheSameObjectsInTheSameOrder() {
    List<Runnable> undo = new ArrayList<>();
    ResourceStore store = new ResourceStore(undo::add);
    Table table = store.table("thing");
    for (int i = 1; i <= 200; i++) {
      table.put("t" + i, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
    }
    undo.clear();
    List<Map.Entry<String, byte[]>> before = table.entries();

    table.put("t300", "{\"n\":300}".getBytes(StandardCharsets.UTF_8));
    table.put("t5", "{\"n\":555}".getBytes(StandardCharsets.UTF_8));
    for (int i = 1; i <= 150; i++) { // enough removals to compact the order list
      table.remove("t" + i);
    }
    table.put("t301", "{\"n\":301}".getBytes(StandardCharsets.UTF_8));
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }

    assertThat(table.entries())
        .extracting(e -> e.getKey() + "=" + new String(e.getValue(), StandardCharsets.UTF_8))
        .containsExactlyElementsOf(
            before.stream()
                .map(e -> e.getKey() + "=" + new String(e.getValue(), StandardCharsets.UTF_8))
                .toList());
    assertThat(ids(table.page(3, "t100", null, null))).containsExactly("t99", "t98", "t97");
    table.put("t400", "{\"n\":400}".getBytes(StandardCharsets.UTF_8));
    assertThat(ids(table.page(2, null, null, null))).containsExactly("t400", "t200");
  }
}
