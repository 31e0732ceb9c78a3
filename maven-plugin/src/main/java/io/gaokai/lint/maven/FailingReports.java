package io.gaokai.lint.maven;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.rules.Severity;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** Remembers the reports that fail the build, so that the failure message can name them. */
final class FailingReports implements FindingsFormatter {

  private final Severity threshold;
  private final List<String> files = new ArrayList<>();

  FailingReports(Severity threshold) {
    this.threshold = threshold;
  }

  @Override
  public void begin(Writer out) {
    // nothing to write
  }

  @Override
  public void file(FileResult result, Writer out) {
    boolean fails = result.unreadable()
        || (threshold != null && result.activeFindings().stream().anyMatch(f -> f.severity().atLeast(threshold)));
    if (fails) {
      files.add(result.file());
    }
  }

  @Override
  public void end(RunSummary summary, Writer out) {
    // nothing to write
  }

  List<String> files() {
    return List.copyOf(files);
  }
}
