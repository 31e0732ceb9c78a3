package io.gaokai.lint.cli;

import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled examples in reports-examples/ and the built-in rules, for tests. */
public final class Examples {

  private Examples() {}

  /** The repository's reports-examples/ (the build passes it as {@code gaokai.examples}). */
  public static Path root() {
    return Path.of(System.getProperty("gaokai.examples", "../reports-examples")).toAbsolutePath().normalize();
  }

  static Path seed(String prefix) {
    try (Stream<Path> s = Files.list(root().resolve("seeds"))) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> seeds() {
    try (Stream<Path> s = Files.list(root().resolve("seeds"))) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every example report (not the expected findings, tools or READMEs), sorted. */
  static List<Path> all() {
    try (Stream<Path> s = Files.walk(root())) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !root().relativize(p).startsWith("expected") && !root().relativize(p).startsWith("tools"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RuleSet national() {
    try {
      return new RuleSetLoader().builtIn("national");
    } catch (RuleDefinitionException e) {
      throw new AssertionError(e);
    }
  }

  static Linter linter() {
    return new Linter(national());
  }

  /** The path of an example relative to reports-examples/, with forward slashes. */
  static String relative(Path p) {
    return root().relativize(p).toString().replace('\\', '/');
  }
}
