package dev.billkit.mock.internal.server;

import dev.billkit.mock.internal.op.ApiError;
import dev.billkit.mock.internal.op.Handlers;
import dev.billkit.mock.internal.spec.ApiOperation;
import dev.billkit.mock.internal.spec.RequestValidator;
import dev.billkit.mock.internal.spec.Router;
import dev.billkit.mock.internal.spec.SpecIndex;
import dev.billkit.mock.internal.tenant.Tenant;
import dev.billkit.mock.internal.tenant.Tenants;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API under {@code /_mock/}, routed and validated by mock-admin.yaml like the billing API
 * is by billing.yaml. Every operation acts on the tenant of the caller's key; only operations whose
 * {@code security} is empty (health) need none. Admin requests are not journaled and take request
 * ids from a server-wide sequence, so calling them never changes a tenant's ids. Thread-safe.
 */
final class AdminApi {
  private final SpecIndex admin;
  private final RequestValidator validator;
  private final Tenants tenants;
  private final AdminViews views;
  private final Handlers handlers;

  AdminApi(
      SpecIndex admin,
      RequestValidator validator,
      Tenants tenants,
      SpecIndex billing,
      Handlers handlers) {
    this.admin = admin;
    this.validator = validator;
    this.tenants = tenants;
    this.views = new AdminViews(billing);
    this.handlers = handlers;
  }

  Handled process(Incoming in) {
    String requestId = tenants.serverRequestId();
    Router.Match match = admin.router().match(in.method(), in.path());
    ApiOperation op = match == null ? null : match.operation();
    String key = null;
    if (op == null || !isOpen(op)) {
      key = Auth.apiKey(in.header("Authorization"));
      if (key == null) {
        return new Handled(
            Reply.error(Auth.reject(in.header("Authorization")), requestId), requestId, null);
      }
    }
    try {
      if (op == null) {
        throw ApiError.custom(
            404,
            "invalid_request_error",
            "resource_missing",
            "Unrecognized admin URL: "
                + in.method()
                + " "
                + in.path()
                + (match == null
                    ? "; the admin API is described in mock-admin.yaml"
                    : "; this path supports " + match.allowedMethods()),
            Map.of());
      }
      RequestValidator.Result valid =
          validator.validate(op, match.pathParams(), in.query(), in.headers(), in.body());
      if (!valid.errors().isEmpty()) {
        throw ApiError.validation(valid.errors());
      }
      return new Handled(Reply.json(200, dispatch(op, key, valid, in)), requestId, key);
    } catch (ApiError e) {
      return new Handled(Reply.error(e, requestId), requestId, key);
    }
  }

  private Map<String, Object> dispatch(
      ApiOperation op, String key, RequestValidator.Result valid, Incoming in) {
    Tenant tenant = key == null ? null : tenants.get(key);
    switch (op.operationId()) {
      case "mockGetHealth":
        return health();
      case "mockResetTenant":
        return Map.of("object", "mock_reset", "reset_at", tenants.reset(key).clock().nowText());
      case "mockListRequests":
        return views.requests(tenant, valid.query(), in.path());
      case "mockCreateFault":
        return views.fault(AdminFaults.arm(tenant, valid.body(), views.billing()));
      case "mockListFaults":
        return views.faults(tenant, in.path());
      case "mockDeleteFaults":
        return Map.of(
            "object", "mock_faults_deleted", "deleted_count", (long) tenant.faults().clear());
      case "mockListWebhookDeliveries":
        return AdminDeliveries.list(tenant, valid.query(), in.path());
      case "mockRetrieveSettings":
        return tenant.settings().view();
      case "mockUpdateSettings":
        return AdminSettings.update(tenant, valid.body());
      case "mockRetrieveCoverage":
        return views.coverage(tenant);
      case "mockRetrieveClock":
        return AdminClock.view(tenant);
      case "mockAdvanceClock":
        return AdminClock.advance(tenant, handlers, valid.body());
      default:
        throw ApiError.custom(
            501,
            "api_error",
            "not_implemented",
            op.describe()
                + " ("
                + op.operationId()
                + ") is in mock-admin.yaml but not implemented by this server.",
            Map.of("Should-Retry", "false"));
    }
  }

  private static boolean isOpen(ApiOperation op) {
    Object security = op.document().resolve(op.pointer() + "/security");
    return security instanceof List && ((List<?>) security).isEmpty();
  }

  private static Map<String, Object> health() {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("object", "mock_health");
    health.put("status", "ok");
    health.put("version", Versions.server());
    health.put("api_version", JettyHandler.VERSION);
    return health;
  }
}
