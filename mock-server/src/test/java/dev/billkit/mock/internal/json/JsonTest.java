package dev.billkit.mock.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static Object read(String json) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void integersAreLongsAndOtherNumbersStayExactDecimals() {
    assertThat(read("9007199254740993")).isEqualTo(9007199254740993L);
    assertThat(read("2.0")).isEqualTo(2L);
    assertThat(read("0.1")).isEqualTo(new BigDecimal("0.1"));
    assertThat(read("99999999999999999999")).isEqualTo(new BigDecimal("99999999999999999999"));
    assertThat(read("1e999999999")).isInstanceOf(BigDecimal.class);
  }

  @Test
  void writingKeepsKeyOrderAndRawJsonVerbatim() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("b", 1L);
    tree.put("a", List.of(new RawJson("{\"x\":true}".getBytes(StandardCharsets.UTF_8)), "é\"<"));
    tree.put("n", null);
    tree.put("d", new BigDecimal("12.50"));
    assertThat(Json.writeString(tree))
        .isEqualTo("{\"b\":1,\"a\":[{\"x\":true},\"é\\\"<\"],\"n\":null,\"d\":12.50}");
  }

  @Test
  void malformedInputSaysWhereAndDuplicateKeysAreRefused() {
    assertThatThrownBy(() -> read("{\"a\":")).isInstanceOf(MalformedJsonException.class);
    assertThatThrownBy(() -> read("{a:1}")).hasMessage("malformed JSON at path $.");
    assertThatThrownBy(() -> read("{\"a\":1} x")).hasMessageContaining("after the JSON value");
    assertThatThrownBy(() -> read("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate key \"a\"");
    assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
