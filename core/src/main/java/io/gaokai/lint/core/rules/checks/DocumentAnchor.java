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
      Span text = textOf(doc, n);
      if (text != null) {
        return text;
      }
    }
    return doc.lineCount() > 0 ? doc.span(1, 1, 1) : Span.startOfLine(1);
  }

  /** The text of line {@code n}, without the white space around it; null when the line is blank. */
  static Span textOf(SourceDocument doc, int n) {
    String line = doc.line(n);
    if (line.isBlank()) {
      return null;
    }
    String text = line.strip();
    int column = line.codePointCount(0, line.indexOf(text)) + 1;
    return doc.span(n, column, text.codePointCount(0, text.length()));
  }

  /** The start of the document's last line: where something absent from its end is reported. */
  static Span end(Report report) {
    return report.source().span(Math.max(1, report.source().lineCount()), 1, 1);
  }
}
