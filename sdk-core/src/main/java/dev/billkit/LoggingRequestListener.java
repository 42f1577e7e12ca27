package dev.billkit;

import dev.billkit.errors.BillkitException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Logs calls through {@link System.Logger} (logger name {@code dev.billkit}), so no logging
 * library is forced on the application: the JDK routes it to {@code java.util.logging} or to
 * whatever backend the application installed. Attempts and answers log at {@code DEBUG}, retries
 * at {@code INFO}, final errors at {@code WARNING}.
 *
 * <p>Secrets never reach the log: {@code Authorization} and {@code Cookie} header values, API keys
 * ({@code sk_…}), webhook secrets ({@code whsec_…}) and checkout client secrets in URLs are
 * replaced by {@code <redacted>}. Bodies are never logged. Thread-safe.
 */
public final class LoggingRequestListener implements RequestListener {
  private static final Pattern SECRETS =
      Pattern.compile("(sk_(?:test|live)_|cs_secret_)[A-Za-z0-9_-]+");
  /** Webhook secrets are base64, which may contain {@code /}, {@code +} and {@code =}. */
  private static final Pattern WEBHOOK_SECRETS = Pattern.compile("(whsec_)[A-Za-z0-9+/=]+");
  private static final Pattern CLIENT_SECRET_PATH = Pattern.compile("(/client/)[^/?#]+");
  private static final List<String> SECRET_HEADERS = List.of("authorization", "cookie");

  private final Logger logger;

  /** Logs to {@code System.getLogger("dev.billkit")}. */
  public LoggingRequestListener() {
    this(System.getLogger("dev.billkit"));
  }

  /** Logs to {@code logger}. */
  public LoggingRequestListener(Logger logger) {
    this.logger = logger;
  }

  @Override
  public void onRequest(RequestInfo request) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(Level.DEBUG, "billkit request " + describe(request)
          + " headers=" + redact(request.headers()));
    }
  }

  @Override
  public void onResponse(RequestInfo request, ResponseInfo response) {
    if (logger.isLoggable(Level.DEBUG)) {
      logger.log(Level.DEBUG, "billkit response " + response.statusCode() + " to "
          + describe(request) + " request-id=" + response.requestId().orElse("?")
          + " in " + response.latency().toMillis() + " ms");
    }
  }

  @Override
  public void onRetry(RequestInfo request, Duration delay, BillkitException cause) {
    logger.log(Level.INFO, "billkit retry after " + delay.toMillis() + " ms: " + describe(request)
        + " failed: " + redact(String.valueOf(cause.getMessage())));
  }

  @Override
  public void onError(RequestInfo request, BillkitException error) {
    logger.log(Level.WARNING, "billkit call failed: " + describe(request) + ": "
        + redact(String.valueOf(error.getMessage())));
  }

  private static String describe(RequestInfo request) {
    return request.method() + " " + redact(request.url()) + " attempt=" + request.attempt()
        + request.idempotencyKey().map(k -> " idempotency-key=" + k).orElse("");
  }

  /** Replaces every secret in {@code text} by {@code <redacted>}, keeping the prefix. */
  static String redact(String text) {
    String s = SECRETS.matcher(text).replaceAll("$1<redacted>");
    s = WEBHOOK_SECRETS.matcher(s).replaceAll("$1<redacted>");
    return CLIENT_SECRET_PATH.matcher(s).replaceAll("$1<redacted>");
  }

  static Map<String, List<String>> redact(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) ->
            out.put(name, SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))
                ? List.of("<redacted>")
                : values.stream().map(LoggingRequestListener::redact).toList()));
    return out;
  }
}
