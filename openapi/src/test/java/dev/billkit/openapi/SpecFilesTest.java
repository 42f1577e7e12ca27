package dev.billkit.openapi;

import static dev.billkit.openapi.SpecResources.BILLING;
import static dev.billkit.openapi.SpecResources.MOCK_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spec files, exactly as packaged on the classpath, parse cleanly with swagger-parser and
 * hold together: operation ids, tags, and the webhook catalogue against the Event schema.
 */
final class SpecFilesTest {

  @ParameterizedTest
  @ValueSource(strings = {BILLING, MOCK_ADMIN})
  void parsesFromTheClasspathWithoutAnyParserMessage(String resource) {
    SwaggerParseResult result = SpecResources.parse(resource);
    assertThat(result.getMessages()).as("swagger-parser messages for %s", resource).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {BILLING, MOCK_ADMIN})
  void everyPathOperationHasAUniqueOperationIdAndExactlyOneTag(String resource) {
    OpenAPI api = SpecResources.parse(resource).getOpenAPI();
    assertThat(SpecChecks.operationIds(api)).isNotEmpty();
    assertThat(SpecChecks.operationProblems(api)).as(resource).isEmpty();
  }

  @Test
  void noOperationIdIsSharedBetweenTheBillingAndAdminSpecs() {
    Set<String> shared = new HashSet<>(SpecChecks.operationIds(api(BILLING)));
    shared.retainAll(SpecChecks.operationIds(api(MOCK_ADMIN)));
    assertThat(shared).as("operationIds in both specs (the mock server routes both)").isEmpty();
  }

  @Test
  void everyWebhookSendsAnExistingSchemaThatTheEventDiscriminatorMapsItsTypeTo() {
    OpenAPI billing = api(BILLING);
    assertThat(billing.getWebhooks()).isNotEmpty();
    assertThat(SpecChecks.webhookProblems(billing)).isEmpty();
  }

  private static OpenAPI api(String resource) {
    return SpecResources.parse(resource).getOpenAPI();
  }
}
