package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One row per active finding, for spreadsheets: file, organ, year, rule, severity, category, line,
 * column, place in the original, message (in the run's language). RFC 4180: comma-separated,
 * CRLF line ends, fields quoted when they hold a comma, quote or line break. Starts with a byte
 * order mark, without which Excel reads UTF-8 as the local code page and garbles the Chinese.
 */
public final class CsvFormatter implements FindingsFormatter {

  private static final List<String> HEADER_ZH = List.of("文件", "机关", "年度", "规则", "级别", "类别", "行", "列", "原文位置", "问题");
  private static final List<String> HEADER_EN =
      List.of("file", "organ", "year", "rule", "severity", "category", "line", "column", "location", "message");

  private final FormatContext context;

  public CsvFormatter(FormatContext context) {
    this.context = context;
  }

  @Override
  public void begin(Writer out) throws IOException {
    out.write('\uFEFF');
    row(context.english() ? HEADER_EN : HEADER_ZH, out);
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    boolean en = context.english();
    String organ = RunTally.organ(result);
    String year = result.report() == null || result.report().year() <= 0 ? "" : String.valueOf(result.report().year());
    for (Finding f : result.activeFindings()) {
      row(List.of(
          f.file(), organ, year, f.ruleId(), f.severity().label(en), f.category().label(en),
          String.valueOf(f.span().line()), String.valueOf(f.span().column()), f.span().locator().describe(en),
          f.message().get(context.lang())), out);
    }
  }

  @Override
  public void end(RunSummary summary, Writer out) {
    // rows only: totals belong to the spreadsheet
  }

  private static void row(List<String> fields, Writer out) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** A field, quoted when it must be; a formula's leading = + - @ is escaped so a spreadsheet shows it as text. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
