package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.spec.SpecDocument;

/** Where the server finds its OpenAPI documents on the class path. */
public final class SpecSources {
  /** billing.yaml as the build pre-compiled it to JSON (see {@code SpecPrecompiler}). */
  public static final String BILLING_COMPILED = "dev/billkit/mock/spec/billing.json";

  /** billing.yaml from the billkit-openapi artifact. */
  public static final String BILLING_YAML = "openapi/billing.yaml";

  static final String BILLING_IRI = "https://billkit.dev/openapi/billing.json";
  static final String ADMIN_COMPILED = "dev/billkit/mock/spec/mock-admin.json";
  static final String ADMIN_YAML = "openapi/mock-admin.yaml";
  static final String ADMIN_IRI = "https://billkit.dev/openapi/mock-admin.json";

  private SpecSources() {}

  /** The billing spec: the pre-compiled JSON when present, else the YAML. */
  public static SpecDocument billing() {
    if (SpecDocument.exists(BILLING_COMPILED)) {
      return SpecDocument.fromClasspath(BILLING_COMPILED, BILLING_IRI);
    }
    if (SpecDocument.exists(BILLING_YAML)) {
      return SpecDocument.fromClasspath(BILLING_YAML, BILLING_IRI);
    }
    throw new IllegalStateException(
        "the billing spec is not on the class path: expected "
            + BILLING_COMPILED
            + " (built by mock-server) or "
            + BILLING_YAML
            + " (from billkit-openapi)");
  }

  /** The admin API spec (mock-admin.yaml): pre-compiled JSON when present, else the YAML. */
  public static SpecDocument admin() {
    if (SpecDocument.exists(ADMIN_COMPILED)) {
      return SpecDocument.fromClasspath(ADMIN_COMPILED, ADMIN_IRI);
    }
    if (SpecDocument.exists(ADMIN_YAML)) {
      return SpecDocument.fromClasspath(ADMIN_YAML, ADMIN_IRI);
    }
    throw new IllegalStateException(
        "the admin spec is not on the class path: expected "
            + ADMIN_COMPILED
            + " or "
            + ADMIN_YAML
            + " (from billkit-openapi)");
  }

  /** A spec from any class-path resource (tests use fixtures). */
  public static SpecDocument resource(String resource) {
    return SpecDocument.fromClasspath(
        resource, "https://billkit.dev/" + resource.replace('\\', '/'));
  }
}
