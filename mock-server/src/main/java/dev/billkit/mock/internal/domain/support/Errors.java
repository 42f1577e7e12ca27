package dev.billkit.mock.internal.domain.support;

import dev.billkit.mock.internal.op.ApiError;
import java.util.Map;

/**
 * The 400 answers of business rules, worded like the validator's: {@code param: rule (got x)}, so a
 * message names what was wrong and how to fix it. Stateless.
 */
public final class Errors {
  /** The least amount of a price or payment, in minor units (0 is allowed where free is). */
  public static final long MINIMUM_AMOUNT = 50;

  private Errors() {}

  /** 400 {@code parameter_invalid}: {@code param: message}. */
  public static ApiError invalid(String param, String message) {
    return ApiError.invalidRequest("parameter_invalid", param + ": " + message, param);
  }

  /** 400 {@code parameter_missing}: {@code param: message}. */
  public static ApiError missing(String param, String message) {
    return ApiError.invalidRequest("parameter_missing", param + ": " + message, param);
  }

  /** 400 {@code parameters_exclusive} naming both parameters; {@code param} is the second. */
  public static ApiError exclusive(String first, String second) {
    return ApiError.invalidRequest(
        "parameters_exclusive",
        first + " and " + second + " cannot be used together: give at most one",
        second);
  }

  /** 400 {@code resource_archived}. */
  public static ApiError archived(String param, String message) {
    return ApiError.invalidRequest("resource_archived", param + ": " + message, param);
  }

  /** 400 {@code amount_too_small} unless {@code amount} is 0 (when free is allowed) or ≥ 50. */
  public static void requireAmount(String param, long amount, boolean zeroAllowed) {
    if (amount >= MINIMUM_AMOUNT || (zeroAllowed && amount == 0)) {
      return;
    }
    throw ApiError.invalidRequest(
        "amount_too_small",
        param
            + ": must be "
            + (zeroAllowed ? "0 (free) or " : "")
            + "at least "
            + MINIMUM_AMOUNT
            + " minor units (got "
            + amount
            + ")",
        param);
  }

  /**
   * 501 {@code not_implemented} for a valid request whose behaviour belongs to later work, naming
   * that work ({@code Should-Retry: false}).
   */
  public static ApiError notImplemented(String what, String area) {
    return ApiError.custom(
        501,
        "api_error",
        "not_implemented",
        what
            + " is not implemented by the mock server yet; it comes with "
            + area
            + ". The request itself was valid.",
        Map.of("Should-Retry", "false"));
  }
}
