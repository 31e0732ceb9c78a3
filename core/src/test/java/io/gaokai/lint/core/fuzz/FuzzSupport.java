package io.gaokai.lint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.rules.CheckKinds;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the fuzz tests share: the repository's files as seeds, the built-in rules (which live in
 * the rules module, read here from its sources), and the properties every input must keep.
 */
final class FuzzSupport {

  /** What Linter says when it caught what it should never have seen: a bug the fuzzer found. */
  private static final List<String> SAFETY_NET_MESSAGES =
      List.of(
          "error while reading:",
          "error while parsing the report:",
          " failed: ",
          "stack overflowed",
          "memory available");

  /** Exceptions that mean a programming error when our own code throws them. */
  private static final Set<Class<? extends Throwable>> PROGRAMMING_ERRORS =
      Set.of(
          NullPointerException.class,
          IndexOutOfBoundsException.class,
          StringIndexOutOfBoundsException.class,
          ArrayIndexOutOfBoundsException.class,
          ClassCastException.class,
          ArithmeticException.class,
          NegativeArraySizeException.class,
          IllegalArgumentException.class,
          IllegalStateException.class,
          NumberFormatException.class,
          UnsupportedOperationException.class,
          java.util.NoSuchElementException.class,
          StackOverflowError.class);

  private FuzzSupport() {}

  /** Files of the repository, each as one {@code byte[]} argument: seeds for a fuzz test. */
  static Stream<Arguments> seeds(String... relativePaths) {
    return Stream.of(relativePaths)
        .map(p -> Arguments.of((Object) bytes(RepositoryFiles.root().resolve(p))));
  }

  static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rule set loader that finds the built-in rule sets in the sources of the rules module. */
  static RuleSetLoader ruleSetLoader() {
    try {
      URL rules = RepositoryFiles.root().resolve("rules/src/main/resources/").toUri().toURL();
      ClassLoader loader =
          new URLClassLoader(new URL[] {rules}, FuzzSupport.class.getClassLoader());
      return new RuleSetLoader(CheckKinds.builtIn(), loader);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A linter with the national rules. */
  static Linter nationalLinter() {
    try {
      return new Linter(ruleSetLoader().builtIn("national"));
    } catch (RuleDefinitionException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Seed 003, a whole report, to run fuzzed rule sets on. */
  static byte[] sampleReport() {
    return bytes(RepositoryFiles.root().resolve("reports-examples/seeds/003_5a79b1ae846fe1fc.txt"));
  }

  /**
   * Lints the input: Linter must return a result, and must not have needed its safety nets, the
   * catch-alls that turn an exception or an exhausted stack into a finding.
   */
  static FileResult assertLints(Linter linter, String name, byte[] input) {
    FileResult result = linter.lint(name, input);
    assertThat(result).isNotNull();
    assertNoSafetyNet(result);
    return result;
  }

  static void assertNoSafetyNet(FileResult result) {
    for (Finding f : result.findings()) {
      for (String net : SAFETY_NET_MESSAGES) {
        assertThat(f.message().en()).as("finding of a caught failure").doesNotContain(net);
      }
    }
  }

  /**
   * A reader may refuse an input, also when a library it uses fails on damaged content; but not
   * because our own code failed: a programming error thrown by our code, or by the JDK on our
   * code's behalf, is a bug even when the reader turned it into a clear message.
   */
  static void assertRefusedCleanly(InputException refused) {
    assertThat(refused.message(false)).isNotBlank();
    assertThat(refused.message(true)).isNotBlank();
    for (Throwable t = refused.getCause(); t != null; t = t.getCause()) {
      if (PROGRAMMING_ERRORS.contains(t.getClass())) {
        assertThat(firstFrameOutsideTheJdk(t))
            .as("where %s was thrown", t)
            .doesNotStartWith("io.gaokai.");
      }
    }
  }

  private static String firstFrameOutsideTheJdk(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      String c = frame.getClassName();
      if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
        return c + "." + frame.getMethodName();
      }
    }
    return "";
  }

  /** Runs the rules on a whole report: no rule may fail, whatever its options. */
  static void assertRulesRun(RuleSet rules) {
    assertLints(new Linter(rules), "report.txt", sampleReport());
  }
}
