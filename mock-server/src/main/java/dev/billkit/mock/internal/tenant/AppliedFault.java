package dev.billkit.mock.internal.tenant;

/**
 * Which fault was applied to a request and where it came from (mock-admin.yaml {@code
 * AppliedFault}).
 *
 * @param fromHeader true for the request's own {@code Billkit-Mock-Fault} header, false for a
 *     script
 * @param faultId the script's id ({@code flt_...}), or null for a header
 * @param headerValue the header's value, or null for a script
 * @param action what the fault did
 */
public record AppliedFault(
    boolean fromHeader, String faultId, String headerValue, FaultAction action) {
  /** A fault from a script. */
  public static AppliedFault script(FaultScript script) {
    return new AppliedFault(false, script.id(), null, script.action());
  }

  /** A fault from the request header. */
  public static AppliedFault header(String value, FaultAction action) {
    return new AppliedFault(true, null, value, action);
  }
}
