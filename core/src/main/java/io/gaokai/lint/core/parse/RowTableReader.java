package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ExtraRow;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the rows of a labelled table (tables 二 and 三) from a range of lines, whatever the layout:
 * label text is gathered until values appear, the values are given to the row the label means, and
 * values on following value-only lines continue an incomplete row (one cell per line layouts).
 */
final class RowTableReader {

  /** The rows found and the rows that matched nothing, plus the header text seen before the first row. */
  record Result(List<TableRow> rows, List<ExtraRow> extraRows, String headerText, int lastLine) {}

  private final SourceDocument doc;
  private final RowMatcher matcher;
  private final FormatVersion format;
  private final String stopAfterKey;

  RowTableReader(SourceDocument doc, List<RowTemplate> candidates, FormatVersion format, String stopAfterKey) {
    this.doc = doc;
    this.matcher = new RowMatcher(candidates);
    this.format = format;
    this.stopAfterKey = stopAfterKey;
  }

  /** Reads lines {@code first..last} (1-based, inclusive). */
  Result read(int first, int last) {
    List<RowBuilder> rows = new ArrayList<>();
    List<ExtraRow> extras = new ArrayList<>();
    Set<RowTemplate> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    LabelBuffer label = new LabelBuffer();
    StringBuilder header = new StringBuilder();
    RowBuilder open = null;
    int lastIndex = -1;
    int lastLine = first;
    for (int n = first; n <= last; n++) {
      List<LineCell> cells = LineTokenizer.cells(doc.line(n), n);
      if (cells.isEmpty()) {
        continue;
      }
      List<LineCell> texts = cells.stream().filter(c -> !c.isValue()).toList();
      List<LineCell> values = cells.stream().filter(LineCell::isValue).toList();
      if (values.isEmpty()) {
        if (rows.isEmpty() && extras.isEmpty()) {
          texts.forEach(t -> header.append(t.text()).append(' '));
        }
        texts.forEach(label::add);
        if (open != null && open.isDone()) {
          open = null;
        }
        continue;
      }
      texts.forEach(label::add);
      if (label.isEmpty() && open != null && !open.isDone()) {
        open.cells.addAll(toCells(values));
        lastLine = n;
        continue;
      }
      if (label.isEmpty()) {
        extras.add(new ExtraRow("", span(values.get(0)), toCells(values)));
        lastLine = n;
        continue;
      }
      LabelBuffer.Joined joined = label.join();
      label.clear();
      RowMatcher.Match m = matcher.match(joined.text(), taken, lastIndex, format);
      lastLine = n;
      if (m == null) {
        LineCell lastText = texts.isEmpty() ? values.get(0) : texts.get(texts.size() - 1);
        String shown = texts.isEmpty() ? joined.text() : NormalizedText.normalize(lastText.text());
        extras.add(new ExtraRow(shown, span(lastText), toCells(values)));
        open = null;
        continue;
      }
      taken.add(m.row());
      lastIndex = m.index();
      String observed = joined.original(doc, m.start(), m.end());
      Span labelSpan = joined.span(doc, m.start(), m.end());
      open = new RowBuilder(m.row(), observed, m.distance(), m.cut(), labelSpan);
      open.cells.addAll(toCells(values));
      rows.add(open);
      if (m.row().key().equals(stopAfterKey) && open.isDone()) {
        break;
      }
    }
    List<TableRow> built = rows.stream().map(RowBuilder::build).toList();
    return new Result(built, extras, header.toString().strip(), lastLine);
  }

  private List<Cell> toCells(List<LineCell> values) {
    List<Cell> out = new ArrayList<>(values.size());
    for (LineCell v : values) {
      out.add(new Cell(v.text(), number(v), span(v)));
    }
    return out;
  }

  private Span span(LineCell c) {
    return doc.span(c.line(), c.column(), c.length());
  }

  static BigDecimal number(LineCell v) {
    if (v.kind() != CellKind.NUMBER) {
      return null;
    }
    return new BigDecimal(v.text().replace(",", ""));
  }

  /** A row being filled. */
  private static final class RowBuilder {
    final RowTemplate template;
    final String observed;
    final int distance;
    final boolean cut;
    final Span labelSpan;
    final List<Cell> cells = new ArrayList<>();

    RowBuilder(RowTemplate template, String observed, int distance, boolean cut, Span labelSpan) {
      this.template = template;
      this.observed = observed;
      this.distance = distance;
      this.cut = cut;
      this.labelSpan = labelSpan;
    }

    boolean isDone() {
      return cells.size() >= template.width();
    }

    TableRow build() {
      return new TableRow(template, observed, distance, cut, labelSpan, cells);
    }
  }
}
