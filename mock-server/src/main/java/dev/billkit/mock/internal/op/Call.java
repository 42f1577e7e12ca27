package dev.billkit.mock.internal.op;

import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.UndoLog;
import java.util.Map;

/**
 * One validated request, as a handler sees it, and its unit of work (see {@link Work}: tables, ids,
 * time, events, tasks). Parameters are already checked against the spec and converted to their
 * schema types ({@code Long} for integers, {@code Boolean}, lists, and maps for deepObject
 * parameters). Used by one thread.
 */
public final class Call extends Work {
  private final ApiOperation operation;
  private final String requestPath;
  private final Map<String, String> pathParams;
  private final Map<String, Object> query;
  private final Map<String, Object> body;
  private final String requestId;
  private final String idempotencyKey;

  /**
   * @param writable false when it runs under the tenant's shared lock (then it cannot write)
   * @param body the parsed JSON body; an empty map when the request had none
   * @param idempotencyKey the {@code Idempotency-Key} of a POST, or null
   */
  public Call(
      ApiOperation operation,
      Tenant tenant,
      Handlers handlers,
      boolean writable,
      String requestPath,
      Map<String, String> pathParams,
      Map<String, Object> query,
      Map<String, Object> body,
      String requestId,
      String idempotencyKey) {
    super(tenant, handlers, writable, null);
    this.operation = operation;
    this.requestPath = requestPath;
    this.pathParams = pathParams;
    this.query = query;
    this.body = body;
    this.requestId = requestId;
    this.idempotencyKey = idempotencyKey;
  }

  /**
   * Runs {@code handler} on this call as one unit of work: its changes are kept if it returns or
   * throws an {@link ApiError#committed()} error, and taken back if it throws anything else (which
   * then propagates). The caller holds the tenant's lock: exclusive for a writable call.
   */
  public MockResponse execute(OperationHandler handler) {
    if (!isWritable()) {
      return handler.handle(this);
    }
    UndoLog undo = tenant().undo();
    undo.open();
    try {
      MockResponse response = handler.handle(this);
      commitUnit();
      return response;
    } catch (ApiError e) {
      if (e.isCommitted()) {
        commitUnit();
      }
      throw e;
    } finally {
      undo.close();
    }
  }

  public ApiOperation operation() {
    return operation;
  }

  /** The request path without the query, e.g. {@code /v1/customers}. */
  public String requestPath() {
    return requestPath;
  }

  /** A path parameter by its template name, e.g. {@code pathParam("customer")}. */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException(operation.describe() + " has no path parameter " + name);
    }
    return value;
  }

  /** A query parameter, or null when absent. */
  public Object query(String name) {
    return query.get(name);
  }

  /** Every query parameter given. */
  public Map<String, Object> query() {
    return query;
  }

  /** The JSON body (empty when none was sent); callers must not modify it. */
  public Map<String, Object> body() {
    return body;
  }

  /** This request's id, {@code req_...}. */
  @Override
  public String requestId() {
    return requestId;
  }

  /** The idempotency key of this POST, or null. */
  @Override
  public String idempotencyKey() {
    return idempotencyKey;
  }
}
