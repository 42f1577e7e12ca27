package dev.billkit.mock.internal.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by the mock-server pom in {@code process-classes}): converts {@code
 * openapi/billing.yaml} and {@code openapi/mock-admin.yaml} from the class path into compact JSON
 * under the classes directory, so that the server never parses YAML at start-up. A document that is
 * not on the class path is skipped.
 */
public final class SpecPrecompiler {
  private SpecPrecompiler() {}

  /**
   * @param args {@code <classes directory>}
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    convert("openapi/billing.yaml", classes.resolve("dev/billkit/mock/spec/billing.json"));
    convert("openapi/mock-admin.yaml", classes.resolve("dev/billkit/mock/spec/mock-admin.json"));
  }

  private static void convert(String resource, Path target) throws IOException {
    byte[] yaml;
    try (InputStream in = SpecPrecompiler.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        System.out.println(
            "[spec-precompiler] " + resource + " is not on the class path; nothing to compile");
        return;
      }
      yaml = in.readAllBytes();
    }
    String json = SpecDocument.yamlToJson(yaml);
    // Fail the build on a spec the server could not route.
    SpecIndex index = SpecIndex.of(SpecDocument.fromYaml(yaml, "https://billkit.dev/" + resource));
    Files.createDirectories(target.getParent());
    Files.writeString(target, json, StandardCharsets.UTF_8);
    System.out.println(
        "[spec-precompiler] "
            + resource
            + " -> "
            + target
            + " ("
            + index.operations().size()
            + " operations, "
            + json.length()
            + " chars)");
  }
}
