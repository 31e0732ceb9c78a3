package io.gaokai.lint.core.annotate;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The comments for a Word report's findings: one per finding that counts (findings suppressed in
 * the report or by a baseline get none), in the run's language.
 *
 * <p>Where: the paragraph or table cell the finding's place is in (its {@link Locator}); for a
 * finding about cells (an identity), the cell to correct first, whose expected value the comment
 * then states; for a missing part, the heading of the next part present, before which it
 * belongs, or, when no part follows, the last text of the document. A place without a locator
 * (text of a content control) takes the nearest line before it that has one, else after it.
 *
 * <p>What: {@code 错误 [rule-id] message}, then what the cell should hold or where the part goes,
 * then the rule's help ({@code 修正：…}). The text starts with the severity, never with {@code
 * gaokai-lint-}, so the docx reader does not take the comment for a directive.
 */
public final class AnnotationPlan {

  private AnnotationPlan() {}

  /**
   * The annotations of a report that was read ({@link FileResult#report()} not null).
   *
   * @param rules the rule of each rule id, for its help and kind (the rule set the report was checked with)
   */
  public static List<Annotation> of(FileResult result, Function<String, Optional<Rule>> rules, Lang lang) {
    Report report = result.report();
    if (report == null) {
      return List.of();
    }
    boolean en = lang.english();
    List<Annotation> out = new ArrayList<>();
    for (Finding f : result.activeFindings()) {
      Rule rule = rules.apply(f.ruleId()).orElse(null);
      List<String> text = new ArrayList<>();
      text.add(f.severity().label(en) + " [" + f.ruleId() + "] " + f.message().get(lang).strip());
      Anchor anchor;
      FindingData.CellData cell = cellToCorrect(f.data());
      if (isMissingPart(rule)) {
        Span next = nextHeading(report, f.span().line());
        if (next != null) {
          anchor = anchor(report, next);
          text.add(en ? "The missing part belongs before this heading." : "缺少的部分应补在此标题之前。");
        } else {
          anchor = anchor(report, f.span());
          text.add(en ? "The missing part belongs at the end of the report." : "缺少的部分应补在报告末尾。");
        }
      } else if (cell != null) {
        anchor = anchor(report, cell.span());
        String value = cell.value() == null || cell.value().isBlank() ? null : cell.value().strip();
        text.add(en
            ? "This cell should be " + cell.expected() + (value == null ? " (it is blank)." : " (it is " + value + ").")
            : "此格应为 " + cell.expected() + (value == null ? "（现为空白）。" : "（现为 " + value + "）。"));
      } else {
        anchor = anchor(report, f.span());
      }
      if (rule != null) {
        String help = rule.help().get(lang).strip();
        boolean first = true;
        for (String line : help.split("\\R")) {
          if (!line.isBlank()) {
            text.add(first ? (en ? "Fix: " : "修正：") + line.strip() : line.strip());
            first = false;
          }
        }
      }
      out.add(new Annotation(anchor, text));
    }
    return out;
  }

  /** The first cell of this report (not last year's) with a place and an expected value, or null. */
  private static FindingData.CellData cellToCorrect(FindingData data) {
    for (FindingData.CellData cell : data.cells()) {
      if (!cell.lastYear() && cell.span() != null && cell.expected() != null && cell.span().locator().table() != null) {
        return cell;
      }
    }
    return null;
  }

  /** Whether the rule reports parts that are absent ({@code presence} of {@code part}, {@code expect: present}). */
  static boolean isMissingPart(Rule rule) {
    return rule != null
        && "presence".equals(rule.type())
        && "part".equals(scalar(rule.options().get("of")))
        && "present".equals(scalar(rule.options().get("expect")));
  }

  private static String scalar(YamlNode node) {
    return node instanceof YamlNode.Scalar s ? s.value() : null;
  }

  /**
   * The place of the first part heading at or after {@code line} (a missing part is reported at
   * the last text before the next part present, or at that heading when nothing stands between).
   */
  private static Span nextHeading(Report report, int line) {
    SourceDocument source = report.source();
    for (PartHeading heading : report.headings()) {
      Span at = source.toOriginal(heading.span());
      if (at.line() >= line) {
        return at;
      }
    }
    return null;
  }

  /** The anchor of a place in the text the reader produced. */
  static Anchor anchor(Report report, Span span) {
    Locator locator = span.locator();
    if (locator.isEmpty()) {
      locator = nearestLocator(report.source().original(), span.line());
    }
    if (locator.table() != null && locator.row() != null) {
      return new Anchor.Cell(locator.table(), locator.row(), locator.cell() == null ? 1 : locator.cell());
    }
    if (locator.paragraph() != null) {
      return new Anchor.Paragraph(locator.paragraph());
    }
    return new Anchor.End();
  }

  /** The locator of the nearest line before {@code line} that has one, else after it, else none. */
  private static Locator nearestLocator(SourceDocument document, int line) {
    int count = document.lineCount();
    for (int n = Math.min(line, count); n >= 1; n--) {
      if (!document.locator(n).isEmpty()) {
        return document.locator(n);
      }
    }
    for (int n = line + 1; n <= count; n++) {
      if (!document.locator(n).isEmpty()) {
        return document.locator(n);
      }
    }
    return Locator.NONE;
  }
}
