package io.gaokai.lint.core;

import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.parse.ReportParser;
import io.gaokai.lint.core.rules.FormatLoader;
import io.gaokai.lint.core.rules.RuleDefinitionException;

/** The built-in national format, as the tests read reports against it. */
public final class NationalFormat {

  private NationalFormat() {}

  public static ReportFormat get() {
    try {
      return new FormatLoader().builtIn(FormatLoader.DEFAULT);
    } catch (RuleDefinitionException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public static ReportParser parser() {
    return new ReportParser(get());
  }

  /** A text parsed as a {@code .txt} report. */
  public static Report parse(String name, String text) {
    return parser().parse(SourceDocument.ofText(name, "txt", text));
  }
}
