package io.gaokai.lint.cli.output;

import io.gaokai.lint.cli.Examples;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.LintRun;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The example reports the output tests run on, those of the repository's {@code reports-examples/},
 * with the built-in national rules.
 */
final class ExampleReports {

  private ExampleReports() {}

  /** The directory of examples; fails the calling test when it holds no report. */
  static Path directory() {
    Path dir = Examples.root();
    if (!Files.isDirectory(dir) || InputCollector.collect(List.of(dir.toString())).inputs().isEmpty()) {
      throw new AssertionError("no example reports in " + dir);
    }
    return dir;
  }

  /** Every example report, not the READMEs that describe them. */
  static List<InputCollector.Input> inputs() {
    return InputCollector.collect(List.of(directory().toString())).inputs().stream()
        .filter(i -> !i.path().getFileName().toString().equals("README.md"))
        .toList();
  }

  static RuleSet national() {
    try {
      return new RuleSetLoader().builtIn("national");
    } catch (RuleDefinitionException e) {
      throw new AssertionError("the built-in rules do not load: " + e.getMessage(), e);
    }
  }

  static Linter linter() {
    return new Linter(national());
  }

  static List<FileResult> lintAll() {
    Linter linter = linter();
    return inputs().stream().map(i -> linter.lint(i.path(), i.name())).toList();
  }

  static FormatContext context(Lang lang, Severity failOn, Path base) {
    return new FormatContext("0.0.0-test", lang, failOn, national(), base);
  }

  /** The output of one format over the given inputs, as a run writes it. */
  static String run(String format, FormatContext context, List<InputCollector.Input> inputs) {
    FindingsFormatter formatter = Formatters.create(format, context);
    StringWriter out = new StringWriter();
    try {
      LintRun.run(linter(), inputs, List.of(new LintRun.Output(formatter, out)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The output of one format over results already made. */
  static String render(String format, FormatContext context, List<FileResult> results) {
    FindingsFormatter formatter = Formatters.create(format, context);
    StringWriter out = new StringWriter();
    try {
      formatter.begin(out);
      RunSummary summary = RunSummary.EMPTY;
      for (FileResult r : results) {
        summary = summary.add(r);
        formatter.file(r, out);
      }
      formatter.end(summary, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * An example with one identity of table 三 broken: the natural-person cell of （七）总计 raised by
   * 3. Seed 003 when it is there, else the first example whose table 三 is complete and balanced.
   */
  static BrokenIdentity brokenIdentity() {
    Linter linter = linter();
    List<InputCollector.Input> inputs = new ArrayList<>(inputs());
    inputs.sort(Comparator.comparing((InputCollector.Input i) -> !i.path().getFileName().toString().startsWith("003")));
    for (InputCollector.Input input : inputs) {
      FileResult result = linter.lint(input.path(), input.name());
      Report report = result.report();
      if (report == null || result.findings().stream().anyMatch(f -> f.category() == Category.IDENTITY)) {
        continue;
      }
      Cell total = report.table("applications").flatMap(t -> t.cell("results.total", "naturalPerson")).orElse(null);
      if (total == null || !total.isCount()) {
        continue;
      }
      List<String> lines = new ArrayList<>(report.source().lines());
      String line = lines.get(total.span().line() - 1);
      int from = line.offsetByCodePoints(0, total.span().column() - 1);
      int to = line.offsetByCodePoints(from, total.span().length());
      lines.set(total.span().line() - 1, line.substring(0, from) + total.value().add(BigDecimal.valueOf(3)).toPlainString() + line.substring(to));
      byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
      return new BrokenIdentity(input.name(), report, bytes);
    }
    throw new AssertionError("no example has a complete, balanced table 三 to break");
  }

  /**
   * An example report with one cell changed.
   *
   * @param name the example's name
   * @param original the report before the change
   * @param changed the text after the change (UTF-8)
   */
  record BrokenIdentity(String name, Report original, byte[] changed) {

    /** A value of the original table 三. */
    BigDecimal original(String row, String column) {
      return original.table("applications").flatMap(t -> t.cell(row, column)).orElseThrow().value();
    }

    FileResult lint(String asName) {
      return linter().lint(asName, changed);
    }
  }
}
