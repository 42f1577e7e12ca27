package dev.billkit.mock.internal.domain.invoice;

import dev.billkit.mock.internal.domain.catalog.Catalog;
import dev.billkit.mock.internal.domain.support.Errors;
import dev.billkit.mock.internal.domain.support.Fields;
import dev.billkit.mock.internal.op.Work;
import java.util.Map;

/** {@code InvoiceLineParams} to {@code InvoiceLine}: a one-time fixed price, or a free amount. */
final class InvoiceLines {
  private InvoiceLines() {}

  /**
   * The line described by {@code params}.
   *
   * @param at the parameter path prefix for errors: {@code ""} or {@code "lines[2]."}
   */
  static Map<String, Object> of(Work work, Map<String, Object> params, String currency, String at) {
    boolean price = params.containsKey("price");
    boolean amount = params.containsKey("amount");
    if (price && amount) {
      throw Errors.exclusive(at + "price", at + "amount");
    }
    if (!price && !amount) {
      throw Errors.missing(
          at + "price", "give a price (with quantity) or an amount with a description");
    }
    if (amount) {
      if (params.containsKey("quantity")) {
        throw Errors.invalid(at + "quantity", "only with price; an amount line is one amount");
      }
      if (!params.containsKey("description")) {
        throw Errors.missing(at + "description", "required with amount: say what it is for");
      }
      long value = Fields.amount(params, "amount");
      return Invoices.line(
          "custom",
          Fields.string(params, "description"),
          null,
          1,
          Long.toString(value),
          value,
          currency,
          null);
    }
    Catalog.Purchasable bought =
        Catalog.requirePurchasable(work, Fields.string(params, "price"), at + "price");
    Map<String, Object> p = bought.price();
    if (bought.recurring() || !"fixed".equals(p.get("amount_type"))) {
      throw Errors.invalid(
          at + "price",
          "price "
              + bought.priceId()
              + " is a "
              + p.get("type")
              + " "
              + p.get("amount_type")
              + " price; invoice lines take one-time fixed prices");
    }
    if (!currency.equals(p.get("currency"))) {
      throw Errors.invalid(
          at + "price",
          "price "
              + bought.priceId()
              + " is in "
              + p.get("currency")
              + ", the invoice in "
              + currency);
    }
    long quantity = params.containsKey("quantity") ? Fields.amount(params, "quantity") : 1;
    long unit = Fields.amount(p, "unit_amount");
    String description =
        params.containsKey("description")
            ? Fields.string(params, "description")
            : Fields.string(bought.product(), "name");
    return Invoices.line(
        "price",
        description,
        bought.priceId(),
        quantity,
        Long.toString(unit),
        Math.multiplyExact(unit, quantity),
        currency,
        null);
  }
}
