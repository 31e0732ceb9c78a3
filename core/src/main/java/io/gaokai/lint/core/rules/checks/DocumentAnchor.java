package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.Title;

/**
 * Where a finding about the whole document is reported: the title, else the first line with text.
 * Documents often begin with empty lines (seeds 003 and 004 do); a finding there would point at
 * nothing.
 */
final class DocumentAnchor {

  private DocumentAnchor() {}

  static Span of(Report report) {
    return report.titleLine().map(Title::span).orElseGet(() -> firstText(report.source()));
  }

  /** The text of the first non-blank line, or line 1 when every line is blank. */
  static Span firstText(SourceDocument doc) {
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      if (!line.isBlank()) {
        String text = line.strip();
        int column = line.codePointCount(0, line.indexOf(text)) + 1;
        return doc.span(n, column, text.codePointCount(0, text.length()));
      }
    }
    return doc.lineCount() > 0 ? doc.span(1, 1, 1) : Span.startOfLine(1);
  }
}
