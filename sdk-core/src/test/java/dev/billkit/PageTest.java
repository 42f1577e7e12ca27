package dev.billkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billkit.model.Customer;
import dev.billkit.model.CustomerListParams;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pagination through the generated {@code customers().list(...)}. */
class PageTest extends FaultHarness {
  private static String page(boolean hasMore, String... ids) {
    String items = java.util.Arrays.stream(ids).map(FaultHarness::customerJson)
        .collect(Collectors.joining(","));
    return "{\"object\":\"list\",\"data\":[" + items + "],\"has_more\":" + hasMore
        + ",\"url\":\"/v1/customers\"}";
  }

  @Test
  void nextPageMovesTheCursorPastTheLastItemKeepingTheFilters() throws Exception {
    server.enqueue(json(200, page(true, "cus_3", "cus_2")));
    server.enqueue(json(200, page(false, "cus_1")));

    Page<Customer> first = client.customers().list(CustomerListParams.builder().limit(2)
        .email("ada@example.com").createdGte(Instant.parse("2026-01-01T00:00:00Z")).build());
    Page<Customer> second = first.nextPage();

    assertThat(first.data()).extracting(Customer::id).containsExactly("cus_3", "cus_2");
    assertThat(first.hasMore()).isTrue();
    assertThat(second.data()).extracting(Customer::id).containsExactly("cus_1");
    assertThat(second.hasMore()).isFalse();
    assertThat(server.takeRequest().getRequestUrl().query()).isEqualTo(
        "limit=2&created[gte]=2026-01-01T00:00:00Z&email=ada@example.com");
    assertThat(server.takeRequest().getRequestUrl().query()).isEqualTo(
        "limit=2&created[gte]=2026-01-01T00:00:00Z&email=ada@example.com&starting_after=cus_2");
    assertThatThrownBy(second::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void autoPagingFetchesLazilyOnePageAtATime() {
    server.enqueue(json(200, page(true, "cus_4", "cus_3")));
    server.enqueue(json(200, page(true, "cus_2", "cus_1")));
    server.enqueue(json(200, page(false)));

    Page<Customer> first = client.customers().list(CustomerListParams.builder().limit(2).build());
    assertThat(first.autoPagingStream().limit(2).map(Customer::id))
        .containsExactly("cus_4", "cus_3");
    assertThat(server.getRequestCount()).isEqualTo(1);

    assertThat(first.autoPagingIterable()).extracting(Customer::id)
        .containsExactly("cus_4", "cus_3", "cus_2", "cus_1");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void pagingBackwardsUsesEndingBeforeTheFirstItem() throws Exception {
    server.enqueue(json(200, page(true, "cus_9", "cus_8")));
    server.enqueue(json(200, page(false, "cus_10")));

    Page<Customer> first = await(client.async().customers()
        .list(CustomerListParams.builder().endingBefore("cus_7").build()));
    first.nextPageAsync().get(10, TimeUnit.SECONDS);

    server.takeRequest();
    assertThat(server.takeRequest().getPath()).isEqualTo("/v1/customers?ending_before=cus_9");
  }

  @Test
  void listWithoutParamsSendsNoQuery() throws Exception {
    server.enqueue(json(200, page(false)));

    assertThat(client.customers().list(null).data()).isEmpty();
    assertThat(server.takeRequest().getPath()).isEqualTo("/v1/customers");
  }
}
