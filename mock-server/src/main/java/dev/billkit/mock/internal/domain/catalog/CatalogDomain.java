package dev.billkit.mock.internal.domain.catalog;

import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.ListHandler;
import dev.billkit.mock.internal.op.MockResponse;

/** The eight product and price operations. Stateless and thread-safe. */
public final class CatalogDomain implements Domain {
  @Override
  public void register(Handlers handlers) {
    handlers
        .on("createProduct", ProductHandlers::create)
        .on("listProducts", ListHandler.of(Catalog.PRODUCTS).equal("is_archived"))
        .on(
            "retrieveProduct",
            call ->
                MockResponse.ok(
                    call.require(Catalog.PRODUCTS, call.pathParam("product"), "product")))
        .on("updateProduct", ProductHandlers::update)
        .on("createPrice", PriceHandlers::create)
        .on(
            "listPrices",
            ListHandler.of(Catalog.PRICES).equal("product").equal("is_archived").equal("currency"))
        .on(
            "retrievePrice",
            call -> MockResponse.ok(call.require(Catalog.PRICES, call.pathParam("price"), "price")))
        .on("updatePrice", PriceHandlers::update);
  }
}
