package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 四: header text (the three blocks and their five outcome columns), then one row of
 * fifteen values, on one line or spread over several (one cell per line layouts).
 */
final class ReviewTableReader {

  record Result(TableRow row, List<ExtraRow> extraRows, String headerText, Span headerSpan, int lastLine) {}

  private final SourceDocument doc;
  private final RowTemplate template;
  /** The normalised words of the table's header: block and outcome labels. */
  private final List<String> headerWords;
  /** The sum each block's total is, which tells how numbers run together come apart. */
  private final RowTotal total;

  ReviewTableReader(SourceDocument doc, RowTemplate template) {
    this(doc, template, List.of(), "");
  }

  /**
   * A reader that takes a line of header words after some of the values for the header of the
   * next piece of a table published in pieces (行政复议 / 行政诉讼（未经复议直接起诉）/ … each with its
   * own 结果维持 | 结果纠正 | … header), and reads on.
   */
  ReviewTableReader(SourceDocument doc, RowTemplate template, List<String> headerWords, String totalKey) {
    this.doc = doc;
    this.template = template;
    this.total = new RowTotal(template, totalKey);
    this.headerWords = headerWords.stream().map(NormalizedText::normalize).filter(w -> !w.isEmpty()).toList();
  }

  /** Whether every cell of the line is text made of header words (a piece's subheading or header). */
  private boolean isHeaderLine(List<LineCell> cells) {
    for (LineCell c : cells) {
      if (c.isValue()) {
        return false;
      }
      String text = NormalizedText.normalize(c.text()).replace("(", "").replace(")", "");
      for (String w : headerWords) {
        text = text.replace(w, "");
      }
      if (!text.isEmpty()) {
        return false;
      }
    }
    return !headerWords.isEmpty();
  }

  Result read(int first, int last) {
    StringBuilder header = new StringBuilder();
    List<Cell> values = new ArrayList<>();
    List<ExtraRow> extras = new ArrayList<>();
    int width = template.width();
    int lastLine = first;
    Span valueSpan = null;
    for (int n = first; n <= last; n++) {
      List<LineCell> cells = LineTokenizer.cells(doc.line(n), n);
      if (cells.isEmpty()) {
        continue;
      }
      boolean hasText = cells.stream().anyMatch(c -> !c.isValue());
      if (!values.isEmpty() && values.size() < width && hasText && isHeaderLine(cells)) {
        cells.forEach(c -> header.append(c.text()).append(' '));
        continue;
      }
      if (!values.isEmpty() && (hasText || values.size() >= width)) {
        if (hasText) {
          break;
        }
        lastLine = n;
        List<Cell> more = cells(cells);
        extras.add(new ExtraRow("", more.get(0).span(), more));
        continue;
      }
      lastLine = n;
      for (LineCell c : cells) {
        if (c.isValue()) {
          Cell cell = new Cell(c.text(), RowTableReader.number(c), doc.span(c.line(), c.column(), c.length()));
          if (valueSpan == null) {
            valueSpan = cell.span();
          }
          values.add(cell);
        } else {
          header.append(c.text()).append(' ');
        }
      }
    }
    Span headerSpan = doc.span(first, 1, 1);
    if (values.isEmpty()) {
      return new Result(null, extras, header.toString().strip(), headerSpan, lastLine);
    }
    TableRow row = new TableRow(template, "", 0, false, valueSpan, values);
    if (RunTogether.applies(values, width) && values.stream().allMatch(c -> doc.isPiece(c.span().line()))) {
      // whole-page text: 000000000000000 for the fifteen cells
      List<Cell> apart = RunTogether.split(values, width, total);
      row = apart != null ? row.withCells(apart, TableRow.Reading.CERTAIN) : row.withCells(values, TableRow.Reading.RUN_TOGETHER);
    }
    return new Result(row, extras, header.toString().strip(), headerSpan, lastLine);
  }

  private List<Cell> cells(List<LineCell> cells) {
    List<Cell> out = new ArrayList<>();
    for (LineCell c : cells) {
      out.add(new Cell(c.text(), RowTableReader.number(c), doc.span(c.line(), c.column(), c.length())));
    }
    return out;
  }
}
