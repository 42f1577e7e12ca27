package dev.billkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** The checks used on the real spec files report every kind of problem they exist for. */
final class SpecChecksTest {
  private static final String PROBLEMS = "fixtures/checks-problems.yaml";
  private static final String CLEAN = "fixtures/checks-clean.yaml";

  @Test
  void anUnknownFieldIsAParserMessage() {
    assertThat(SpecResources.parse("fixtures/parser-message.yaml").getMessages())
        .anySatisfy(message -> assertThat(message).contains("pathz"));
  }

  @Test
  void missingAndReusedOperationIdsAndWrongTagCountsAreReported() {
    assertThat(SpecChecks.operationProblems(openApi(PROBLEMS)))
        .containsExactly(
            "GET /v1/a has no operationId",
            "POST /v1/a has 2 tags [A, B], needs exactly one",
            "POST /v1/b reuses operationId createA of POST /v1/a");
  }

  @Test
  void webhooksThatDisagreeWithTheEventSchemaAreReported() {
    assertThat(SpecChecks.webhookProblems(openApi(PROBLEMS)))
        .containsExactly(
            "webhook a.gone sends #/components/schemas/AGoneEvent,"
                + " which is not a schema of the spec",
            "webhook a.inline request body schema must be a $ref to components/schemas",
            "webhook a.polled has no POST operation",
            "webhooks missing from the Event discriminator mapping: [a.gone, a.inline, a.polled]",
            "Event discriminator mapping keys that are not webhooks: [a.updated]",
            "webhook a.deleted sends #/components/schemas/AUpdatedEvent"
                + " but Event maps it to #/components/schemas/ADeletedEvent",
            "Event oneOf [#/components/schemas/ACreatedEvent, #/components/schemas/ADeletedEvent]"
                + " differs from its mapping targets [#/components/schemas/ACreatedEvent,"
                + " #/components/schemas/ADeletedEvent, #/components/schemas/AUpdatedEvent]");
  }

  @Test
  void aSpecThatFollowsTheConventionsHasNoProblems() {
    OpenAPI clean = openApi(CLEAN);
    assertThat(SpecResources.parse(CLEAN).getMessages()).isEmpty();
    assertThat(SpecChecks.operationProblems(clean)).isEmpty();
    assertThat(SpecChecks.webhookProblems(clean)).isEmpty();
  }

  private static OpenAPI openApi(String resource) {
    OpenAPI api = SpecResources.parse(resource).getOpenAPI();
    assertThat(api).as("parsed %s", resource).isNotNull();
    return api;
  }
}
