package dev.billkit.mock.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {
  static final SpecDocument DOC =
      SpecDocument.fromClasspath("fixture/validation.yaml", "https://fixture.test/validation.json");
  static final SpecIndex INDEX = SpecIndex.of(DOC);
  static final RequestValidator VALIDATOR =
      new RequestValidator(new SchemaValidators(List.of(DOC)));

  private static RequestValidator.Result list(String query, String trace) {
    Function<String, String> headers = name -> name.equalsIgnoreCase("X-Trace") ? trace : null;
    return VALIDATOR.validate(INDEX.byId("listThings"), Map.of(), query, headers, new byte[0]);
  }

  private static RequestValidator.Result update(String thing, String body) {
    Function<String, String> headers =
        name -> name.equalsIgnoreCase("Content-Type") ? "application/json; charset=utf-8" : null;
    return VALIDATOR.validate(
        INDEX.byId("updateThing"),
        Map.of("thing", thing),
        null,
        headers,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> messages(RequestValidator.Result result) {
    return result.errors().stream().map(FieldError::message).toList();
  }

  @Test
  void queryValuesAreConvertedToTheirSchemaTypes() {
    RequestValidator.Result result =
        list("created%5Bgte%5D=5&created[lt]=9&status=open&status=paid&ids=a,b&expand=true", "7");
    assertThat(result.errors()).isEmpty();
    assertThat(result.query())
        .containsEntry("created", Map.of("gte", 5L, "lt", 9L))
        .containsEntry("status", List.of("open", "paid"))
        .containsEntry("ids", List.of("a", "b"))
        .containsEntry("expand", true);
  }

  @Test
  void deepObjectArrayAndHeaderProblemsAreNamedInTheirOwnNotation() {
    RequestValidator.Result result =
        list("created[gte]=soon&created[eq]=1&status=void&ids=a,b,c&expand=yes", "0");
    assertThat(messages(result))
        .containsExactlyInAnyOrder(
            "created[gte]: must be an integer (got string \"soon\")",
            "created[eq]: unknown parameter (allowed: gte, lt)",
            "status[0]: must be one of [open, paid] (got \"void\")",
            "ids: must have at most 2 items (got 3)",
            "expand: must be a boolean (got string \"yes\")",
            "X-Trace: must be >= 1 (got 0)");
  }

  @Test
  void aMissingRequiredHeaderIsParameterMissing() {
    assertThat(list(null, null).errors()).containsExactly(FieldError.missing("X-Trace"));
  }

  @Test
  void aOneOfOfObjectsThatMatchesNothingSaysSo() {
    assertThat(messages(update("thg_1", "{\"name\":\"ok\",\"shape\":{\"radius\":1,\"side\":2}}")))
        .containsExactly("shape: does not match any of the allowed forms (got an object)");
  }

  @Test
  void bodyRulesAreReportedWithTheirValues() {
    assertThat(messages(update("bad", "{\"name\":\"x\",\"amount\":101,\"tags\":[\"a\",\"a\"]}")))
        .containsExactlyInAnyOrder(
            "thing: must match the pattern ^thg_[a-z0-9]+$ (got \"bad\")",
            "name: must be at least 2 characters long (got 1)",
            "amount: must be <= 100 (got 101)",
            "tags: must not contain duplicate items");
  }

  @Test
  void integersBeyond64BitsAreRejectedNotRounded() {
    assertThat(messages(update("thg_1", "{\"name\":\"ok\",\"amount\":99999999999999999999}")))
        .containsExactly("amount: must fit in a 64-bit integer (got 99999999999999999999)");
    assertThat(messages(update("thg_1", "{\"name\":\"ok\",\"amount\":1.5}")))
        .containsExactly("amount: must be an integer (got number 1.5)");
    assertThat(update("thg_1", "{\"name\":\"ok\",\"amount\":100.0}").errors()).isEmpty();
  }

  @Test
  void anOperationWithoutABodyRejectsEveryBodyField() {
    Function<String, String> json =
        name -> name.equalsIgnoreCase("Content-Type") ? "application/json" : null;
    RequestValidator.Result result =
        VALIDATOR.validate(
            INDEX.byId("archiveThing"),
            Map.of("thing", "t"),
            null,
            json,
            "{\"force\":true}".getBytes(StandardCharsets.UTF_8));
    assertThat(messages(result))
        .containsExactly(
            "force: unknown parameter (POST /v1/things/{thing}/archive takes no body parameters)");
    assertThat(
            VALIDATOR
                .validate(
                    INDEX.byId("archiveThing"),
                    Map.of("thing", "t"),
                    null,
                    json,
                    "{}".getBytes(StandardCharsets.UTF_8))
                .errors())
        .isEmpty();
  }

  @Test
  void aStringRememberedAsValidForOneSchemaIsStillCheckedAgainstAnother() {
    Function<String, String> none = name -> null;
    for (int i = 0; i < 3; i++) {
      assertThat(
              VALIDATOR
                  .validate(INDEX.byId("archiveThing"), Map.of("thing", "T1"), null, none, new byte[0])
                  .errors())
          .isEmpty();
      assertThat(messages(update("T1", "{}"))).anyMatch(m -> m.startsWith("thing: "));
      assertThat(messages(update("thg_1", "{}"))).noneMatch(m -> m.startsWith("thing: "));
    }
  }

  @Test
  void aLiteralSegmentWinsOverAParameter() {
    assertThat(INDEX.router().match("POST", "/v1/things/special/archive").operation().operationId())
        .isEqualTo("archiveSpecial");
    Router.Match match = INDEX.router().match("POST", "/v1/things/thg%2F1/archive");
    assertThat(match.operation().operationId()).isEqualTo("archiveThing");
    assertThat(match.pathParams()).containsEntry("thing", "thg/1");
    assertThat(INDEX.router().match("GET", "/v1/things/x/archive").operation()).isNull();
    assertThat(INDEX.router().match("GET", "/v1/things/x/archive").allowedMethods())
        .isEqualTo("[POST]");
    assertThat(INDEX.router().match("GET", "/v1/nothing")).isNull();
    assertThat(INDEX.router().match("GET", "/v1/things/")).isNull();
  }
}
