package dev.billkit.webhooks.servlet;

import dev.billkit.webhooks.WebhookVerificationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

/**
 * The filter's own answers, each logged once. Bodies are fixed JSON that tell the sender nothing
 * beyond the status: the reason for a rejection goes to the log only.
 */
final class Answers {
  private static final System.Logger LOG = System.getLogger(WebhookFilter.class.getName());

  private Answers() {}

  static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  static void tooLarge(HttpServletRequest request, HttpServletResponse response, int max)
      throws IOException {
    LOG.log(
        Level.WARNING,
        "Rejected webhook from {0}: body over {1} bytes",
        request.getRemoteAddr(),
        Integer.toString(max));
    json(response, 413, "{\"error\":\"webhook_body_too_large\"}");
  }

  static void rejected(
      HttpServletRequest request, HttpServletResponse response, WebhookVerificationException e)
      throws IOException {
    LOG.log(Level.WARNING, "Rejected webhook from {0}: {1}", request.getRemoteAddr(), e.reason());
    json(response, 400, "{\"error\":\"webhook_verification_failed\"}");
  }

  static void duplicate(HttpServletResponse response, String id) throws IOException {
    LOG.log(Level.DEBUG, "Duplicate webhook {0} acknowledged without handling", id);
    json(response, 200, "{\"status\":\"duplicate\"}");
  }

  /** 409: the sender retries later, by which time the first delivery has succeeded or failed. */
  static void inProgress(HttpServletResponse response, String id) throws IOException {
    LOG.log(Level.INFO, "Webhook {0} is being handled already; answered 409", id);
    json(response, 409, "{\"error\":\"webhook_in_progress\"}");
  }

  private static void json(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
