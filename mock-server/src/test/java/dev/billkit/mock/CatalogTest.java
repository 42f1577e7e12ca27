package dev.billkit.mock;

import static dev.billkit.mock.PurchaseServer.data;
import static dev.billkit.mock.PurchaseServer.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.billkit.mock.internal.json.Json;
import dev.billkit.mock.testing.MockHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Products and prices: creation rules, archiving, immutable amounts, filters. */
class CatalogTest {
  @AutoClose static final PurchaseServer server = PurchaseServer.start();

  @Test
  void productsAreOneTimeOrRecurringAndEmitNoEvents() {
    PurchaseServer.Client c = server.newClient();
    Map<String, Object> book = c.ok("/v1/products", obj("name", "E-book"));
    assertThat(book)
        .containsEntry("recurring_interval", null)
        .containsEntry("recurring_interval_count", null)
        .containsEntry("trial_period_days", null)
        .containsEntry("benefits", List.of())
        .containsEntry("is_archived", false);
    Map<String, Object> pro =
        c.ok(
            "/v1/products",
            obj("name", "Pro", "recurring_interval", "month", "trial_period_days", 14));
    assertThat(pro)
        .containsEntry("recurring_interval", "month")
        .containsEntry("recurring_interval_count", 1L)
        .containsEntry("trial_period_days", 14L);
    assertThat(c.post("/v1/products", obj("name", "X", "trial_period_days", 3)).error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "trial_period_days");
    assertThat(c.post("/v1/products/" + book.get("id"), obj("trial_period_days", 3)).errorCode())
        .isEqualTo("parameter_invalid");
    assertThat(c.post("/v1/products", obj("name", "X", "benefits", List.of("ben_nope"))).error())
        .containsEntry("code", "resource_missing")
        .containsEntry("param", "benefits[0]");
    assertThat(c.ok("/v1/products/" + pro.get("id"), obj("trial_period_days", null)))
        .containsEntry("trial_period_days", null);
    assertThat(c.eventTypes()).isEmpty();
  }

  @Test
  void fixedPricesAreFreeOrAtLeastFiftyMinorUnits() {
    PurchaseServer.Client c = server.newClient();
    String product = (String) c.ok("/v1/products", obj("name", "E-book")).get("id");
    for (long amount : new long[] {1, 49}) {
      MockHttp.Reply reply = c.post("/v1/prices", fixed(product, amount));
      assertThat(reply.error())
          .containsEntry("code", "amount_too_small")
          .containsEntry("param", "unit_amount");
    }
    assertThat(c.ok("/v1/prices", fixed(product, 0))).containsEntry("unit_amount", 0L);
    Map<String, Object> price = c.ok("/v1/prices", fixed(product, 50));
    assertThat(price)
        .containsEntry("type", "one_time")
        .containsEntry("amount_type", "fixed")
        .containsEntry("unit_amount", 50L)
        .containsEntry("recurring_interval", null);
    assertThat(
            c.post("/v1/prices", obj("product", product, "amount_type", "fixed", "currency", "usd"))
                .errorCode())
        .isEqualTo("parameter_missing");
    assertThat(c.post("/v1/prices/" + price.get("id"), obj("unit_amount", 99)).errorCode())
        .isEqualTo("parameter_unknown");
    assertThat(
            c.post(
                    "/v1/prices",
                    obj(
                        "product",
                        product,
                        "amount_type",
                        "fixed",
                        "currency",
                        "usd",
                        "unit_amount",
                        500,
                        "minimum_amount",
                        60))
                .error())
        .containsEntry("param", "minimum_amount");
  }

  @Test
  void customPricesHaveConsistentBoundsAndDefaultToFifty() {
    PurchaseServer.Client c = server.newClient();
    String product = (String) c.ok("/v1/products", obj("name", "Tip jar")).get("id");
    Map<String, Object> open =
        c.ok("/v1/prices", obj("product", product, "amount_type", "custom", "currency", "eur"));
    assertThat(open)
        .containsEntry("minimum_amount", 50L)
        .containsEntry("maximum_amount", null)
        .containsEntry("preset_amount", null)
        .containsEntry("unit_amount", null);
    assertThat(
            c.post(
                    "/v1/prices",
                    obj(
                        "product",
                        product,
                        "amount_type",
                        "custom",
                        "currency",
                        "eur",
                        "minimum_amount",
                        500,
                        "maximum_amount",
                        100))
                .error())
        .containsEntry("param", "maximum_amount");
    assertThat(
            c.post(
                    "/v1/prices",
                    obj(
                        "product",
                        product,
                        "amount_type",
                        "custom",
                        "currency",
                        "eur",
                        "minimum_amount",
                        100,
                        "maximum_amount",
                        500,
                        "preset_amount",
                        600))
                .error())
        .containsEntry("param", "preset_amount");
  }

  @Test
  void meteredPricesNeedARecurringProductAndAnActiveMeter() {
    PurchaseServer.Client c = server.newClient();
    String book = (String) c.ok("/v1/products", obj("name", "E-book")).get("id");
    String api =
        (String) c.ok("/v1/products", obj("name", "API", "recurring_interval", "month")).get("id");
    assertThat(c.post("/v1/prices", metered(book, "mtr_x")).error())
        .containsEntry("code", "parameter_invalid")
        .containsEntry("param", "product");
    assertThat(c.post("/v1/prices", metered(api, "mtr_missing")).error())
        .containsEntry("code", "resource_missing")
        .containsEntry("param", "meter");
    // The usage-metering work fills the meter table; the price checks it by lookup.
    put(c, obj("id", "mtr_live", "status", "active"));
    put(c, obj("id", "mtr_old", "status", "archived"));
    assertThat(c.post("/v1/prices", metered(api, "mtr_old")).errorCode())
        .isEqualTo("resource_archived");
    Map<String, Object> price = c.ok("/v1/prices", metered(api, "mtr_live"));
    assertThat(price)
        .containsEntry("type", "recurring")
        .containsEntry("meter", "mtr_live")
        .containsEntry("unit_amount_decimal", "0.05")
        .containsEntry("cap_amount", 10000L)
        .containsEntry("recurring_interval", "month")
        .containsEntry("recurring_interval_count", 1L);
  }

  @Test
  void archivingHidesPricesFromPurchaseAndAnArchivedProductKeepsItsPricesArchived() {
    PurchaseServer.Client c = server.newClient();
    String product = (String) c.ok("/v1/products", obj("name", "E-book")).get("id");
    String price = (String) c.ok("/v1/prices", fixed(product, 900)).get("id");
    c.ok("/v1/prices/" + price, obj("is_archived", true, "metadata", obj("why", "old")));
    assertThat(c.post("/v1/checkout_sessions", obj("price", price)).errorCode())
        .isEqualTo("resource_archived");
    c.ok("/v1/products/" + product, obj("is_archived", true));
    assertThat(c.post("/v1/prices/" + price, obj("is_archived", false)).error())
        .containsEntry("code", "resource_archived")
        .containsEntry("param", "is_archived");
    assertThat(c.post("/v1/prices", fixed(product, 900)).error())
        .containsEntry("code", "resource_archived")
        .containsEntry("param", "product");
    c.ok("/v1/products/" + product, obj("is_archived", false));
    c.ok("/v1/prices/" + price, obj("is_archived", false));
    String other = (String) c.ok("/v1/prices", fixed(product, 1200)).get("id");
    c.ok("/v1/products/" + product, obj("is_archived", true));
    assertThat(c.post("/v1/checkout_sessions", obj("price", other)).errorCode())
        .isEqualTo("resource_archived");
    assertThat(data(c.ok("/v1/products?is_archived=true"))).hasSize(1);
    assertThat(data(c.ok("/v1/prices?product=" + product + "&is_archived=false")))
        .extracting(p -> p.get("id"))
        .containsExactly(other, price);
    assertThat(data(c.ok("/v1/prices?currency=eur"))).isEmpty();
  }

  private static Map<String, Object> fixed(String product, long amount) {
    return obj(
        "product", product, "amount_type", "fixed", "currency", "usd", "unit_amount", amount);
  }

  private static Map<String, Object> metered(String product, String meter) {
    return obj(
        "product",
        product,
        "amount_type",
        "metered_unit",
        "currency",
        "usd",
        "meter",
        meter,
        "unit_amount_decimal",
        "0.05",
        "cap_amount",
        10000);
  }

  private static void put(PurchaseServer.Client c, Map<String, Object> meter) {
    c.tenant().store().table("meter").put((String) meter.get("id"), Json.write(meter));
  }
}
