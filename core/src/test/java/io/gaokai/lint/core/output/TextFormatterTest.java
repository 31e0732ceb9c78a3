package io.gaokai.lint.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first line of a finding in the text output: {@code file:line:column} for text, Markdown and
 * HTML, the place in the original for Word and PDF files, whose extracted line numbers mean nothing
 * to a person holding the document.
 */
class TextFormatterTest {

  private static final String TEXT = OutputFixtures.withLine(OutputFixtures.sampleReport(), 5, "本机关执行国务院令第492号。");

  /** The sample's one finding, read as a report of {@code kind} with its place at {@code locator}. */
  private static FileResult as(String name, String kind, Locator locator) {
    FileResult linted = OutputFixtures.lint("report.txt", TEXT);
    Finding f = linted.findings().stream().filter(x -> x.ruleId().equals("forbidden-text")).findFirst().orElseThrow();
    Span s = f.span();
    Finding placed = new Finding(f.ruleId(), f.category(), f.severity(), f.message(), name,
        new Span(s.line(), s.column(), s.length(), locator), f.args(), f.data(), null);
    return new FileResult(name, kind, linted.report(), List.of(placed));
  }

  private static String text(Lang lang, FileResult result) {
    return OutputFixtures.render(TextFormatter::new, OutputFixtures.context(lang, Severity.ERROR, null), List.of(result));
  }

  @Test
  void wordAndPdfFindingsLeadWithThePlaceAndShowNoExtractedLineNumber() {
    String docx = text(Lang.ZH, as("draft.docx", "docx", Locator.tableCell(2, 25, 3)));
    assertThat(docx)
        .startsWith("draft.docx 表格2 第25行 第3列: 错误 [forbidden-text] 出现了“国务院令第492号”\n      | 本机关执行国务院令第492号。\n      |           ^^^^^^^^^^^^^^^\n")
        .contains("     = 修正：删除。\n")
        .doesNotContain("原文位置");
    assertThat(text(Lang.EN, as("draft.doc", "doc", Locator.paragraph(15))))
        .startsWith("draft.doc paragraph 15: error [forbidden-text] ");
    assertThat(text(Lang.ZH, as("report.pdf", "pdf", Locator.page(3)))).startsWith("report.pdf 第3页: 错误 [forbidden-text] ");
    assertThat(text(Lang.EN, as("draft.docx", "docx", Locator.tableCell(2, 25, 3))))
        .startsWith("draft.docx table 2 row 25 column 3: error [forbidden-text] ");
  }

  @Test
  void aWordFindingWithoutAPlaceInTheOriginalNamesTheFileAlone() {
    assertThat(text(Lang.ZH, as("draft.docx", "docx", Locator.NONE))).startsWith("draft.docx: 错误 [forbidden-text] ");
  }

  @Test
  void textMarkdownAndHtmlKeepFileLineColumnAndTheLineNumber() {
    assertThat(text(Lang.ZH, as("report.txt", "txt", Locator.NONE)))
        .startsWith("report.txt:5:6: 错误 [forbidden-text] 出现了“国务院令第492号”\n    5 | 本机关执行国务院令第492号。\n");
    assertThat(text(Lang.ZH, as("page.html", "html", Locator.tableCell(2, 4, 1))))
        .startsWith("page.html:5:6: 错误 [forbidden-text] ")
        .contains("     = 原文位置：表格2 第4行 第1列\n");
  }
}
