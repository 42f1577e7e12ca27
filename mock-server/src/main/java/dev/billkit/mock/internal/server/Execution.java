package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Call;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.op.MockResponse;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.RequestValidator;
import dev.billkit.mock.internal.tenant.IdempotencyStore;
import dev.billkit.mock.internal.tenant.Tenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a valid request's handler once, with DESIGN §5 idempotency: a POST with a key claims it
 * before execution, and the first answer (errors included) is stored and replayed with {@code
 * Idempotent-Replayed: true}; a claim still running gives 409; a key reused with another path or
 * body gives 400. One instance per request.
 */
final class Execution {
  private static final Logger LOG = Logger.getLogger(Execution.class.getName());

  private final Tenant tenant;
  private final Handlers handlers;
  private final Handlers.Registration registration;

  Execution(Tenant tenant, Handlers handlers, Handlers.Registration registration) {
    this.tenant = tenant;
    this.handlers = handlers;
    this.registration = registration;
  }

  Result run(
      Incoming in,
      ApiOperation op,
      Map<String, String> pathParams,
      RequestValidator.Result valid,
      String requestId,
      String idempotencyKey) {
    IdempotencyStore.Entry claim = null;
    if (idempotencyKey != null) {
      IdempotencyStore.Claim c =
          tenant
              .idempotency()
              .begin(idempotencyKey, in.target(), in.body(), tenant.clock().epochSecond());
      switch (c.outcome()) {
        case REPLAY:
          IdempotencyStore.StoredResponse stored = c.entry().response();
          Map<String, String> headers = new LinkedHashMap<>(stored.headers());
          headers.put("Idempotent-Replayed", "true");
          headers.put("Idempotency-Key", idempotencyKey);
          return new Result(new Reply(stored.status(), stored.body(), headers, false), true);
        case IN_FLIGHT:
          return Result.of(
              Reply.error(
                  ApiError.custom(
                      409,
                      "idempotency_error",
                      "idempotency_key_in_use",
                      "A request with Idempotency-Key '"
                          + idempotencyKey
                          + "' is still being processed; retry this "
                          + "request (same key) in a moment to get its result.",
                      Map.of()),
                  requestId));
        case MISMATCH:
          return Result.of(Reply.error(reused(idempotencyKey, c.entry(), in), requestId));
        default:
          claim = c.entry();
      }
    }
    Reply reply = null;
    try {
      reply = execute(in, op, pathParams, valid, requestId, idempotencyKey);
      if (claim != null) {
        tenant
            .idempotency()
            .complete(
                claim,
                new IdempotencyStore.StoredResponse(reply.status(), reply.body(), reply.headers()));
        reply = reply.withHeader("Idempotency-Key", idempotencyKey);
      }
      return Result.of(reply);
    } finally {
      if (claim != null && reply == null) {
        tenant.idempotency().abandon(claim);
      }
    }
  }

  private Reply execute(
      Incoming in,
      ApiOperation op,
      Map<String, String> pathParams,
      RequestValidator.Result valid,
      String requestId,
      String idempotencyKey) {
    boolean shared = op.method().equals("GET") && !registration.exclusive();
    Call call =
        new Call(
            op,
            tenant,
            handlers,
            !shared,
            in.path(),
            pathParams,
            valid.query(),
            valid.body(),
            requestId,
            idempotencyKey);
    Lock lock = shared ? tenant.lock().readLock() : tenant.lock().writeLock();
    lock.lock();
    try {
      // One unit of work: kept on success or a committed error, taken back on any other throw.
      MockResponse response = call.execute(registration.handler());
      return new Reply(response.status(), response.body(), response.headers(), false);
    } catch (ApiError e) {
      return Reply.error(e, requestId);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "handler of " + op.operationId() + " failed for " + requestId, e);
      return Reply.error(
          ApiError.internal(
              "The mock server failed while handling "
                  + op.describe()
                  + " ("
                  + e.getClass().getSimpleName()
                  + "); this is a bug in the mock, please report it with request "
                  + requestId
                  + ".",
              false),
          requestId);
    } finally {
      lock.unlock();
    }
  }

  private static ApiError reused(String key, IdempotencyStore.Entry first, Incoming in) {
    String what =
        first.path().equals(in.target())
            ? "the same path (" + in.method() + " " + in.target() + ") but a different body"
            : "POST " + first.path() + ", not " + in.method() + " " + in.target();
    return ApiError.custom(
        400,
        "idempotency_error",
        "idempotency_key_reused",
        "Keys for idempotent requests can only be used with the same parameters they were first"
            + " used with: Idempotency-Key '"
            + key
            + "' was first used with "
            + what
            + ". Use a new key for a different request.",
        Map.of());
  }

  /** A reply and whether it is a replay. */
  record Result(Reply reply, boolean replayed) {
    static Result of(Reply reply) {
      return new Result(reply, false);
    }
  }
}
