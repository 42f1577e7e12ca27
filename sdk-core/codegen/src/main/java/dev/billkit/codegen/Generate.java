package dev.billkit.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Runs the generator, then either checks the committed sources ({@code check}) or replaces them
 * ({@code write}). Usage:
 * {@code Generate check|write <spec> <templateDir> <workDir> <committedDir>}.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 5 || !List.of("check", "write").contains(args[0])) {
      throw new IllegalArgumentException(
          "usage: Generate check|write <spec> <templateDir> <workDir> <committedDir>");
    }
    Path work = Path.of(args[3]);
    deleteTree(work);
    CodegenConfigurator config = new CodegenConfigurator()
        .setGeneratorName(BillkitCodegen.class.getName())
        .setInputSpec(args[1])
        .setTemplateDir(args[2])
        .setOutputDir(work.toString())
        .addGlobalProperty("apiDocs", "false").addGlobalProperty("modelDocs", "false")
        .addGlobalProperty("apiTests", "false").addGlobalProperty("modelTests", "false");
    new DefaultGenerator().opts(config.toClientOptInput()).generate();
    Map<String, String> generated = javaFiles(work);
    Path committed = Path.of(args[4]);
    if (args[0].equals("write")) {
      deleteTree(committed);
      for (Map.Entry<String, String> e : generated.entrySet()) {
        Path target = committed.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      }
      System.out.println("billkit-codegen: wrote " + generated.size() + " files to " + committed);
      return;
    }
    Map<String, String> existing = javaFiles(committed);
    List<String> problems = new ArrayList<>();
    generated.forEach((path, text) -> {
      if (!existing.containsKey(path)) {
        problems.add("missing: " + path);
      } else if (!existing.get(path).equals(text)) {
        problems.add("differs: " + path);
      }
    });
    existing.keySet().stream().filter(p -> !generated.containsKey(p))
        .forEach(p -> problems.add("not generated any more: " + p));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Generated sources in " + committed + " are stale ("
          + problems.size() + " files):\n  " + String.join("\n  ", problems)
          + "\nRegenerate with: mvn -pl sdk-core/codegen -am verify -Dbillkit.codegen=write");
    }
    System.out.println("billkit-codegen: " + generated.size() + " generated files match");
  }

  private static Map<String, String> javaFiles(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        out.put(root.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
