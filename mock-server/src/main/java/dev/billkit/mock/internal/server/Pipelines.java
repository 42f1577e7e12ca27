package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.Domain;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.RequestValidator;
import dev.billkit.mock.internal.spec.SchemaValidators;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.JournalBudget;
import dev.billkit.mock.internal.tenant.StateFile;
import dev.billkit.mock.internal.tenant.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Everything behind Jetty: the spec, the handlers by operation, the tenants (restored from the data
 * directory if any) and the pipelines. Built off the start-up thread (see {@link MockServer}).
 */
record Pipelines(
    SpecIndex spec,
    SchemaValidators validators,
    Tenants tenants,
    AccessLog log,
    JettyHandler handler) {

  static Pipelines build(MockServerConfig config) {
    SpecIndex spec = config.billingSpec();
    SchemaValidators validators = new SchemaValidators(spec.documents());
    Handlers handlers = new Handlers();
    for (Domain domain : config.domains()) {
      domain.register(handlers);
    }
    Handlers.Registration[] byIndex = new Handlers.Registration[spec.operations().size()];
    for (Map.Entry<String, Handlers.Registration> e : handlers.all().entrySet()) {
      ApiOperation op = spec.byId(e.getKey());
      if (op == null) {
        throw new IllegalStateException(
            "a handler is registered for " + e.getKey() + ", which the spec does not have");
      }
      byIndex[op.index()] = e.getValue();
    }
    Tenants tenants =
        new Tenants(
            config.seed(),
            config.journalSize(),
            new JournalBudget(config.journalTotal()));
    if (config.dataDir() != null) {
      try {
        StateFile.restore(tenants, config.dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot restore the state saved in " + config.dataDir() + ": " + e.getMessage(), e);
      }
    }
    AccessLog log = new AccessLog(config.accessLog());
    ApiPipeline api =
        new ApiPipeline(
            spec, new RequestValidator(validators), handlers, byIndex, tenants, config.sleeper());
    SpecIndex admin = config.adminSpec();
    AdminApi adminApi =
        new AdminApi(
            admin,
            new RequestValidator(new SchemaValidators(admin.documents())),
            tenants,
            spec,
            handlers);
    JettyHandler handler = new JettyHandler(api, adminApi, log, tenants);
    return new Pipelines(spec, validators, tenants, log, handler);
  }
}
