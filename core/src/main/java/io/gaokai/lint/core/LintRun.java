package io.gaokai.lint.core;

import io.gaokai.lint.core.output.FindingsFormatter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One run over many inputs, feeding every result to every output as soon as it is ready, in input
 * order. The loop of {@link LintExecutor}, which sets a run up for the CLI and the Maven plugin.
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
    return run(linters, inputs, outputs, after, 1);
  }

  /**
   * Lints on {@code jobs} threads. Results are still written in input order, so the output is the
   * same byte for byte whatever the number of jobs; at most a few results per job wait in memory.
   */
  public static RunSummary run(
      java.util.function.Function<InputCollector.Input, Linter> linters,
      List<InputCollector.Input> inputs,
      List<Output> outputs,
      java.util.function.UnaryOperator<FileResult> after,
      int jobs)
      throws IOException {
    return runChecks(input -> linters.apply(input).lint(input.path(), input.name()), inputs, outputs, after, jobs);
  }

  /**
   * Like {@link #run(java.util.function.Function, List, List, java.util.function.UnaryOperator, int)},
   * with each input linted by {@code check} (which may give the linter last year's report).
   */
  public static RunSummary runChecks(
      java.util.function.Function<InputCollector.Input, FileResult> check,
      List<InputCollector.Input> inputs,
      List<Output> outputs,
      java.util.function.UnaryOperator<FileResult> after,
      int jobs)
      throws IOException {
    for (Output o : outputs) {
      o.formatter().begin(o.writer());
    }
    RunSummary summary = RunSummary.EMPTY;
    if (jobs <= 1 || inputs.size() <= 1) {
      for (InputCollector.Input input : inputs) {
        summary = write(after.apply(check.apply(input)), summary, outputs);
      }
    } else {
      summary = parallel(check, inputs, outputs, after, jobs, summary);
    }
    for (Output o : outputs) {
      o.formatter().end(summary, o.writer());
      o.writer().flush();
    }
    return summary;
  }

  private static RunSummary write(FileResult result, RunSummary summary, List<Output> outputs) throws IOException {
    for (Output o : outputs) {
      o.formatter().file(result, o.writer());
    }
    return summary.add(result);
  }

  private static RunSummary parallel(
      java.util.function.Function<InputCollector.Input, FileResult> check,
      List<InputCollector.Input> inputs,
      List<Output> outputs,
      java.util.function.UnaryOperator<FileResult> after,
      int jobs,
      RunSummary summary)
      throws IOException {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            jobs,
            r -> {
              Thread t = new Thread(r, "gaokai-lint-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      java.util.ArrayDeque<java.util.concurrent.Future<FileResult>> window = new java.util.ArrayDeque<>();
      int window0 = jobs * 4;
      int next = 0;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < window0) {
          InputCollector.Input input = inputs.get(next++);
          window.add(pool.submit(() -> check.apply(input)));
        }
        summary = write(after.apply(await(window.poll())), summary, outputs);
      }
      return summary;
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileResult await(java.util.concurrent.Future<FileResult> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("linting failed", e.getCause());
    }
  }
}
