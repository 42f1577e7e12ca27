package dev.billkit.openapi;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses spec files from the test classpath with swagger-parser, the way the mock server will
 * load them from the {@code billkit-openapi} jar. Results are cached per resource; thread-safe.
 */
final class SpecResources {
  static final String BILLING = "openapi/billing.yaml";
  static final String MOCK_ADMIN = "openapi/mock-admin.yaml";

  private static final Map<String, SwaggerParseResult> CACHE = new ConcurrentHashMap<>();

  private SpecResources() {}

  /**
   * Parses {@code resource} (a classpath name such as {@code openapi/billing.yaml}) with
   * {@code resolve=true}. Never returns null; fails if the resource is not on the classpath.
   */
  static SwaggerParseResult parse(String resource) {
    return CACHE.computeIfAbsent(resource, SpecResources::parseUncached);
  }

  private static SwaggerParseResult parseUncached(String resource) {
    URL url = SpecResources.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new AssertionError(
          resource + " is not on the test classpath: the openapi module packages the spec files "
              + "from openapi/ as resources under openapi/; does the file exist?");
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readLocation(url.toString(), null, options);
  }
}
