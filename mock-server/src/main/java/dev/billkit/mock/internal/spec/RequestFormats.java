package dev.billkit.mock.internal.spec;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.DateTimeFormat;
import com.networknt.schema.format.EmailFormat;
import com.networknt.schema.format.Format;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 dialect with the two formats where the validator library and the spec part ways.
 * {@code date-time}: the library's RFC 3339 check lets through times that the mock cannot hold or
 * write back in UTC ({@link DateTimes}). {@code email}: the library refuses RFC 5321 addresses such
 * as {@code o'brien@example.com} or {@code a|b@example.com}, whose characters the "Mailbox" rule
 * of JSON Schema's {@code email} allows. Stateless.
 */
public final class RequestFormats {
  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
  /** RFC 5321 Mailbox with a Dot-string or Quoted-string local part and a Domain. */
  private static final Pattern MAILBOX =
      Pattern.compile(
          "(?:"
              + ATEXT
              + "(?:\\."
              + ATEXT
              + ")*|\"(?:[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\")@"
              + LABEL
              + "(?:\\."
              + LABEL
              + ")*");

  private RequestFormats() {}

  /**
   * The dialect request validation uses; the test suite's response conformance check uses it too,
   * so that what the mock accepts it may also echo.
   */
  public static Dialect dialect() {
    return Dialect.builder(Dialects.getOpenApi31())
        .format(new Combined(new DateTimeFormat(), DateTimes::representable, false))
        .format(new Combined(new EmailFormat(), RequestFormats::isMailbox, true))
        .build();
  }

  /** Whether {@code value} is an RFC 5321 Mailbox with a domain name (not an address literal). */
  static boolean isMailbox(String value) {
    return MAILBOX.matcher(value).matches();
  }

  /**
   * The library's format with a rule of ours: both must hold ({@code either} false), or either may
   * ({@code either} true).
   */
  private static final class Combined implements Format {
    private final Format library;
    private final Predicate<String> ours;
    private final boolean either;

    Combined(Format library, Predicate<String> ours, boolean either) {
      this.library = library;
      this.ours = ours;
      this.either = either;
    }

    @Override
    public String getName() {
      return library.getName();
    }

    @Override
    public String getMessageKey() {
      return library.getMessageKey();
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return either
          ? ours.test(value) || library.matches(context, value)
          : ours.test(value) && library.matches(context, value);
    }
  }
}
