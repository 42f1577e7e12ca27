package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.FieldError;
import dev.billkit.mock.internal.spec.RequestValidator;
import dev.billkit.mock.internal.spec.Router;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.AppliedFault;
import dev.billkit.mock.internal.tenant.FaultScript;
import dev.billkit.mock.internal.tenant.Journal;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.Tenants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The path of every billing request, in this order: authenticate (401), route (404), apply a fault
 * ({@code status} and {@code rate_limit} answer here and store nothing; {@code latency} waits),
 * validate against the spec (400, stores nothing), find the handler (501 when there is none), then
 * hand over to {@link Execution} for idempotency and the handler itself. Every answer to a known
 * tenant is journaled and counted in its coverage. Thread-safe.
 */
final class ApiPipeline {
  private static final Set<String> JOURNALED_METHODS = Set.of("GET", "POST", "DELETE");

  private final SpecIndex spec;
  private final RequestValidator validator;
  private final Handlers registry;
  private final Handlers.Registration[] handlers;
  private final Tenants tenants;
  private final Sleeper sleeper;
  private final JournalHeaders journalHeaders = new JournalHeaders();

  ApiPipeline(
      SpecIndex spec,
      RequestValidator validator,
      Handlers registry,
      Handlers.Registration[] handlers,
      Tenants tenants,
      Sleeper sleeper) {
    this.spec = spec;
    this.validator = validator;
    this.registry = registry;
    this.handlers = handlers;
    this.tenants = tenants;
    this.sleeper = sleeper;
  }

  Handled process(Incoming in) {
    String auth = in.header("Authorization");
    String key = Auth.apiKey(auth);
    if (key == null) {
      String requestId = tenants.serverRequestId();
      return new Handled(Reply.error(Auth.reject(auth), requestId), requestId, null);
    }
    Tenant tenant = tenants.get(key);
    long seq = tenant.nextRequest();
    String requestId = tenant.requestId(seq);
    long clock = tenant.clock().epochSecond();
    Router.Match match = spec.router().match(in.method(), in.path());
    ApiOperation op = match == null ? null : match.operation();
    String idempotencyKey = in.method().equals("POST") ? in.header("Idempotency-Key") : null;
    Execution.Result result;
    AppliedFault fault = null;
    if (op == null) {
      result = Execution.Result.of(Reply.error(notFound(in, match), requestId));
      tenant.coverage().unmatched();
    } else {
      List<FieldError> headerErrors = new ArrayList<>();
      fault = fault(in, tenant, op, headerErrors);
      result =
          headerErrors.isEmpty()
              ? new Steps(in, tenant, match, requestId, idempotencyKey).run(fault)
              : Execution.Result.of(Reply.error(ApiError.validation(headerErrors), requestId));
      tenant.coverage().record(op.index(), result.reply().status());
    }
    if (JOURNALED_METHODS.contains(in.method())) {
      Reply reply = result.reply();
      tenant
          .journal()
          .record(
              new Journal.Entry(
                  seq,
                  clock,
                  in.method(),
                  journalHeaders.share(in.path()),
                  in.query() == null ? null : journalHeaders.share(in.query()),
                  op == null ? -1 : op.index(),
                  idempotencyKey,
                  journalHeaders.prepare(in.headerList().get()),
                  in.body().length == 0 ? null : in.body(),
                  reply.drop() ? 0 : reply.status(),
                  reply.drop() ? null : reply.body(),
                  result.replayed(),
                  (System.nanoTime() - in.startNanos()) / 1_000_000,
                  fault));
    }
    return new Handled(result.reply(), requestId, key);
  }

  /**
   * The header's fault (which takes precedence and consumes no script), else a script's, else null.
   */
  private static AppliedFault fault(
      Incoming in, Tenant tenant, ApiOperation op, List<FieldError> errors) {
    String header = in.header(FaultParser.HEADER);
    if (header != null) {
      var action = FaultParser.header(header, errors);
      return action == null ? null : AppliedFault.header(header, action);
    }
    FaultScript script = tenant.faults().take(in.method(), in.path(), op.pathTemplate());
    return script == null ? null : AppliedFault.script(script);
  }

  /** The steps after routing, for one request. */
  private final class Steps {
    private final Incoming in;
    private final Tenant tenant;
    private final Router.Match match;
    private final String requestId;
    private final String idempotencyKey;

    Steps(Incoming in, Tenant tenant, Router.Match match, String requestId, String idempotencyKey) {
      this.in = in;
      this.tenant = tenant;
      this.match = match;
      this.requestId = requestId;
      this.idempotencyKey = idempotencyKey;
    }

    Execution.Result run(AppliedFault fault) {
      if (fault != null) {
        switch (fault.action().type()) {
          case STATUS:
          case RATE_LIMIT:
            return Execution.Result.of(FaultReplies.of(fault.action(), requestId));
          case LATENCY:
            try {
              sleeper.sleep(fault.action().latencyMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return Execution.Result.of(
                  Reply.error(
                      ApiError.internal("interrupted during an injected latency", true),
                      requestId));
            }
            break;
          default:
            break;
        }
      }
      ApiOperation op = match.operation();
      RequestValidator.Result valid =
          validator.validate(op, match.pathParams(), in.query(), in.headers(), in.body());
      List<FieldError> errors = new ArrayList<>(valid.errors());
      if (idempotencyKey != null
          && (idempotencyKey.isEmpty() || idempotencyKey.length() > 255)
          && op.parameters().stream()
              .noneMatch(p -> p.name().equalsIgnoreCase("Idempotency-Key"))) {
        errors.add(
            FieldError.invalid(
                "Idempotency-Key",
                "must be 1 to 255 characters long (got " + idempotencyKey.length() + ")"));
      }
      if (!errors.isEmpty()) {
        return Execution.Result.of(Reply.error(ApiError.validation(errors), requestId));
      }
      Handlers.Registration registration = handlers[op.index()];
      if (registration == null) {
        return Execution.Result.of(Reply.error(notImplemented(op), requestId));
      }
      Execution.Result result =
          new Execution(tenant, registry, registration)
              .run(in, op, match.pathParams(), valid, requestId, idempotencyKey);
      return fault != null
              && fault.action().type()
                  == dev.billkit.mock.internal.tenant.FaultAction.Type.DROP_AFTER_COMMIT
          ? new Execution.Result(result.reply().dropped(), result.replayed())
          : result;
    }
  }

  private static ApiError notFound(Incoming in, Router.Match match) {
    String message =
        "Unrecognized request URL: "
            + in.method()
            + " "
            + in.path()
            + (match == null
                ? "; see the Billkit API spec for the available paths"
                : "; this path supports " + match.allowedMethods());
    return ApiError.custom(404, "invalid_request_error", "resource_missing", message, Map.of());
  }

  private static ApiError notImplemented(ApiOperation op) {
    return ApiError.custom(
        501,
        "api_error",
        "not_implemented",
        op.describe()
            + " ("
            + op.operationId()
            + ") is not implemented by the mock server yet; it comes with "
            + PendingAreas.of(op)
            + ". The request itself was valid.",
        Map.of("Should-Retry", "false"));
  }
}
