package dev.billkit.mock.internal.tenant;

/**
 * The id prefixes of DESIGN §2, one per kind of object, plus the admin API's fault scripts. New
 * prefixes go at the end: a prefix's position is its counter's slot in saved state.
 */
public enum IdPrefix {
  CUSTOMER("cus_"),
  PRODUCT("prod_"),
  PRICE("price_"),
  PAYMENT_METHOD("pm_"),
  CHECKOUT_SESSION("cs_"),
  PAYMENT_INTENT("pi_"),
  INVOICE("in_"),
  SUBSCRIPTION("sub_"),
  REFUND("re_"),
  METER("mtr_"),
  USAGE_EVENT("uev_"),
  BENEFIT("ben_"),
  BENEFIT_GRANT("bgr_"),
  LICENSE_KEY("lk_"),
  WEBHOOK_ENDPOINT("we_"),
  EVENT("evt_"),
  TEST_CLOCK("clock_"),
  REQUEST("req_"),
  /** Fault scripts of the admin API (mock-admin.yaml), not a billing resource. */
  FAULT("flt_"),
  /** Webhook delivery attempts; their own sequence, so deliveries never shift other ids. */
  WEBHOOK_DELIVERY("whd_"),
  /** License key activations. */
  LICENSE_KEY_ACTIVATION("lka_");

  private final String prefix;

  IdPrefix(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix including its underscore, e.g. {@code cus_}. */
  public String prefix() {
    return prefix;
  }
}
