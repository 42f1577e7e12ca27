package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.json.RawJson;
import dev.billkit.mock.internal.store.Table;
import dev.billkit.mock.internal.store.UnknownCursorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Cursor-paginated list answers (DESIGN §2 "Lists"), shared by every list operation. */
public final class Lists {
  /** The page size when {@code limit} is not given. */
  public static final int DEFAULT_LIMIT = 10;

  private Lists() {}

  /**
   * Answers a list call from a table: reads {@code limit}, {@code starting_after} and {@code
   * ending_before}, and renders {@code {"object":"list","data":[...],"has_more":..,"url":..}}.
   *
   * @param filter which objects belong in the list (gets each object's JSON); null for all
   * @throws ApiError 400 parameters_exclusive when both cursors are given, 400 parameter_invalid
   *     when a cursor names no object of the list
   */
  public static MockResponse page(Call call, Table table, Predicate<byte[]> filter) {
    Object limit = call.query("limit");
    String startingAfter = (String) call.query("starting_after");
    String endingBefore = (String) call.query("ending_before");
    if (startingAfter != null && endingBefore != null) {
      throw ApiError.invalidRequest(
          "parameters_exclusive",
          "starting_after and ending_before cannot be used together: give at most one",
          "ending_before");
    }
    Table.Page page;
    try {
      page =
          table.page(
              limit == null ? DEFAULT_LIMIT : (int) (long) (Long) limit,
              startingAfter,
              endingBefore,
              filter);
    } catch (UnknownCursorException e) {
      throw ApiError.invalidRequest("parameter_invalid", e.getMessage(), e.param());
    }
    return MockResponse.ok(render(call.requestPath(), page.data(), page.hasMore()));
  }

  /** The list envelope around already-encoded objects. */
  public static Map<String, Object> render(String url, List<byte[]> data, boolean hasMore) {
    List<Object> items = new ArrayList<>(data.size());
    for (byte[] json : data) {
      items.add(new RawJson(json));
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("data", items);
    list.put("has_more", hasMore);
    list.put("url", url);
    return list;
  }
}
