package io.gaokai.lint.core;

import io.gaokai.lint.core.report.FindingsFormatter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One run over many inputs, feeding every result to every output as soon as it is ready, in input
 * order. Shared by the CLI and the Maven plugin.
 */
public final class LintRun {

  /** A formatter and where it writes. */
  public record Output(FindingsFormatter formatter, Writer writer) {}

  private LintRun() {}

  /** Lints the inputs and writes every output; returns the totals. Does not close the writers. */
  public static RunSummary run(Linter linter, List<InputCollector.Input> inputs, List<Output> outputs) throws IOException {
    return run(input -> linter, inputs, outputs, java.util.function.UnaryOperator.identity());
  }

  /**
   * Like {@link #run(Linter, List, List)}, with the linter chosen per input (each report may have
   * its own configuration) and each result passed through {@code after} (e.g. a baseline) before
   * the outputs see it.
   */
  public static RunSummary run(
      java.util.function.Function<InputCollector.Input, Linter> linters,
      List<InputCollector.Input> inputs,
      List<Output> outputs,
      java.util.function.UnaryOperator<FileResult> after)
      throws IOException {
    for (Output o : outputs) {
      o.formatter().begin(o.writer());
    }
    RunSummary summary = RunSummary.EMPTY;
    for (InputCollector.Input input : inputs) {
      FileResult result = after.apply(linters.apply(input).lint(input.path(), input.name()));
      summary = summary.add(result);
      for (Output o : outputs) {
        o.formatter().file(result, o.writer());
      }
    }
    for (Output o : outputs) {
      o.formatter().end(summary, o.writer());
      o.writer().flush();
    }
    return summary;
  }
}
