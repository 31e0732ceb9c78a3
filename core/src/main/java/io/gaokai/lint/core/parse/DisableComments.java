package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ColumnCounter;
import io.gaokai.lint.core.model.DisableComment;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code <!-- gaokai-lint-disable RULE-ID: reason -->} comments and the part each one covers. */
final class DisableComments {

  private static final Pattern COMMENT =
      Pattern.compile("<!--\\s*gaokai-lint-disable\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*(?:[:：]\\s*(.*?))?\\s*-->");

  private DisableComments() {}

  static List<DisableComment> find(SourceDocument doc, List<PartHeading> headings) {
    List<DisableComment> out = new ArrayList<>();
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      if (line.indexOf("gaokai-lint-disable") < 0) {
        continue;
      }
      Matcher m = COMMENT.matcher(line);
      ColumnCounter columns = new ColumnCounter(line);
      while (m.find()) {
        List<String> ids = Arrays.stream(m.group(1).split(",")).map(String::strip).toList();
        int[] scope = scope(doc, headings, n);
        out.add(
            new DisableComment(
                ids,
                m.group(2) == null ? "" : m.group(2).strip(),
                doc.span(n, columns.column(m.start()), m.group().codePointCount(0, m.group().length())),
                scope[0],
                scope[1]));
      }
    }
    return out;
  }

  /** From the heading of the part the line is in to the line before the next heading. */
  private static int[] scope(SourceDocument doc, List<PartHeading> headings, int line) {
    int start = 1;
    int end = doc.lineCount();
    boolean inPart = false;
    for (PartHeading h : headings) {
      int at = h.span().line();
      if (at <= line) {
        start = at;
        inPart = true;
      } else {
        if (inPart) {
          end = at - 1;
        }
        break;
      }
    }
    return inPart ? new int[] {start, end} : new int[] {1, doc.lineCount()};
  }
}
