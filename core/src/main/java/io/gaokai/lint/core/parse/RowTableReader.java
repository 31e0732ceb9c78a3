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
  private final String rowTotal;

  /**
   * A reader; {@code rowTotal} is the key of the column that is the sum of a row's others (empty:
   * none), which tells the one way a number broken over two lines goes back together.
   */
  RowTableReader(SourceDocument doc, List<RowTemplate> candidates, FormatVersion format, String stopAfterKey, String rowTotal) {
    this.doc = doc;
    this.matcher = new RowMatcher(candidates);
    this.format = format;
    this.stopAfterKey = stopAfterKey;
    this.rowTotal = rowTotal == null ? "" : rowTotal;
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
        int blanks = blanksAfterLabel(n);
        if (rows.isEmpty() && extras.isEmpty()) {
          texts.forEach(t -> header.append(t.text()).append(' '));
        }
        texts.forEach(label::add);
        if (open != null && open.isDone()) {
          open = null;
        }
        if (blanks > 0 && !label.isEmpty() && !rows.isEmpty()) {
          // a row whose cells are all left blank (HTML, Word): its label and its empty positions
          LabelBuffer.Joined joined = label.join();
          RowMatcher.Match m = matcher.match(joined.text(), taken, lastIndex, format);
          if (m != null && blanks >= m.row().width()) {
            label.clear();
            taken.add(m.row());
            lastIndex = m.index();
            RowBuilder blankRow = new RowBuilder(
                m.row(), joined.original(doc, m.start(), m.end()), m.distance(), m.cut(), joined.span(doc, m.start(), m.end()));
            List<LineCell> positions = LineTokenizer.positions(doc.line(n), n);
            blankRow.cells.addAll(toCells(positions.subList(positions.size() - m.row().width(), positions.size())));
            rows.add(blankRow);
            lastLine = n;
          }
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
      open.cells.addAll(withBlanks(n, values, m.row().width()));
      rows.add(open);
      if (m.row().key().equals(stopAfterKey) && open.isDone()) {
        break;
      }
    }
    List<TableRow> built = new ArrayList<>();
    for (RowBuilder b : rows) {
      built.add(runTogether(brokenWithinRow(brokenNumber(b, extras))));
    }
    return new Result(built, extras, header.toString().strip(), lastLine);
  }

  /**
   * A row read one cell a line whose next line with text is one more number with no label: a
   * number a crawler broke over two lines (1 / 62 for 162). When joining exactly one pair of
   * neighbouring numbers makes the row's total the sum of its other cells, that is the row, and
   * the stray number is no extra row. When no join or several do, the row is uncertain: nothing
   * that needs its cells is evaluated, and the stray number is no extra row either.
   */
  private TableRow brokenNumber(RowBuilder b, List<ExtraRow> extras) {
    TableRow row = b.build();
    int width = row.template().width();
    if (row.cells().size() != width || width < 3) {
      return row;
    }
    Cell last = row.cells().get(width - 1);
    ExtraRow stray = null;
    for (ExtraRow e : extras) {
      if (e.label().isEmpty() && e.cells().size() == 1 && e.cells().get(0).isNumber()
          && e.span().line() == nextLineWithText(last.span().line())) {
        stray = e;
      }
    }
    if (stray == null || !oneCellALine(row) || !labelFollows(stray.span().line())) {
      return row; // more than one stray value: a row whose label was lost, not a broken number
    }
    List<Cell> all = new ArrayList<>(row.cells());
    all.add(stray.cells().get(0));
    RowTotal total = new RowTotal(row.template(), rowTotal);
    List<List<Cell>> fits = new ArrayList<>();
    for (int i = 0; i + 1 < all.size(); i++) {
      Cell a = all.get(i);
      Cell c = all.get(i + 1);
      if (!a.isCount() || !c.isCount()) {
        continue;
      }
      String joined = a.text() + c.text();
      List<Cell> candidate = new ArrayList<>(all.subList(0, i));
      candidate.add(new Cell(joined, new BigDecimal(joined), a.span()));
      candidate.addAll(all.subList(i + 2, all.size()));
      if (total.exists() && total.addsUp(candidate)) {
        fits.add(candidate);
      }
    }
    extras.remove(stray);
    if (fits.size() == 1) {
      return row.withCells(fits.get(0), TableRow.Reading.CERTAIN);
    }
    return row.withCells(row.cells(), TableRow.Reading.NUMBER_BROKEN);
  }

  /**
   * A row with one value more than its columns, where two neighbouring values stand on different
   * lines or one space apart: a number broken by a line wrap or by extraction in a tab, space or
   * PDF layout (1 / 62 for 162 inside the row). When joining exactly one such pair makes the row's
   * totals add up, that is the row; when several do, it is uncertain; when none does, the extra
   * value stays for {@code table-cells-extra}.
   */
  private TableRow brokenWithinRow(TableRow row) {
    int width = row.template().width();
    RowTotal total = new RowTotal(row.template(), rowTotal);
    if (row.cells().size() != width + 1 || !total.exists() || row.uncertain()) {
      return row;
    }
    List<List<Cell>> fits = new ArrayList<>();
    for (int i = 0; i + 1 < row.cells().size(); i++) {
      Cell a = row.cells().get(i);
      Cell c = row.cells().get(i + 1);
      if (!a.isCount() || !c.isCount() || a.text().equals("0") || !brokenBetween(a, c)) {
        continue;
      }
      String joined = a.text() + c.text();
      List<Cell> candidate = new ArrayList<>(row.cells().subList(0, i));
      candidate.add(new Cell(joined, new BigDecimal(joined), new Span(a.span().line(), a.span().column(), a.span().length(), a.span().locator())));
      candidate.addAll(row.cells().subList(i + 2, row.cells().size()));
      if (total.addsUp(candidate)) {
        fits.add(candidate);
      }
    }
    if (fits.isEmpty()) {
      return row;
    }
    return fits.size() == 1 ? row.withCells(fits.get(0), TableRow.Reading.CERTAIN) : row.withCells(row.cells(), TableRow.Reading.NUMBER_BROKEN);
  }

  /** Whether a line break or a single space (no tab, no wide gap) stands between two values. */
  private boolean brokenBetween(Cell a, Cell c) {
    if (a.span().line() != c.span().line()) {
      return true;
    }
    String line = doc.line(a.span().line());
    int end = a.span().column() - 1 + a.span().length();
    int cps = line.codePointCount(0, line.length());
    if (c.span().column() - 1 != end + 1 || end >= cps) {
      return false;
    }
    return line.codePointAt(line.offsetByCodePoints(0, end)) == ' ';
  }

  /**
   * A row of whole-page text whose numbers ran together ({@code 000} for three cells): taken apart
   * when exactly one way fits the row (see {@link RunTogether}), else uncertain.
   */
  private TableRow runTogether(TableRow row) {
    if (!RunTogether.applies(row.cells(), row.template().width())
        || !row.cells().stream().allMatch(c -> doc.isPiece(c.span().line()))) {
      return row;
    }
    List<Cell> apart = RunTogether.split(row.cells(), row.template().width(), new RowTotal(row.template(), rowTotal));
    return apart != null ? row.withCells(apart, TableRow.Reading.CERTAIN) : row.withCells(row.cells(), TableRow.Reading.RUN_TOGETHER);
  }

  /** Whether the next line with text after {@code line} holds text (a label), or there is none. */
  private boolean labelFollows(int line) {
    int next = nextLineWithText(line);
    return next < 0 || LineTokenizer.cells(doc.line(next), next).stream().anyMatch(c -> !c.isValue());
  }

  private int nextLineWithText(int line) {
    for (int n = line + 1; n <= doc.lineCount(); n++) {
      if (!doc.line(n).isBlank()) {
        return n;
      }
    }
    return -1;
  }

  /** Whether each of the row's cells stands on a line of its own. */
  private static boolean oneCellALine(TableRow row) {
    for (int i = 1; i < row.cells().size(); i++) {
      if (row.cells().get(i).span().line() == row.cells().get(i - 1).span().line()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The row's cells, blank ones included: where a table's cells are separated (HTML, Word) and
   * some are empty, the row still has its positions. When fewer values than the row's columns
   * were read, the last positions after the label are the row's cells, a blank one for each empty
   * cell, so long as every value read is among them (the empty positions left out are those a
   * label spanning several columns leaves). Otherwise the values as read.
   */
  private List<Cell> withBlanks(int line, List<LineCell> values, int width) {
    if (values.size() >= width || !hasEmptyCell(doc.line(line))) {
      return toCells(values);
    }
    List<LineCell> positions = LineTokenizer.positions(doc.line(line), line);
    int afterLabel = 0;
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i).kind() == CellKind.TEXT) {
        afterLabel = i + 1;
      }
    }
    List<LineCell> after = positions.subList(afterLabel, positions.size());
    if (!structured()) {
      // in text, tabs before the first value and after the last are no cells: only blanks between values are
      int start = 0;
      int end = after.size();
      while (start < end && after.get(start).kind() == CellKind.BLANK) {
        start++;
      }
      while (end > start && after.get(end - 1).kind() == CellKind.BLANK) {
        end--;
      }
      after = after.subList(start, end);
    }
    if (after.size() < width) {
      return toCells(values);
    }
    List<LineCell> chosen = after.subList(after.size() - width, after.size());
    long valuesChosen = chosen.stream().filter(c -> c.kind() != CellKind.BLANK).count();
    if (valuesChosen != values.size()) {
      return toCells(values);
    }
    return toCells(chosen);
  }

  /** Whether a tab-separated line has a cell with nothing but white space in it (between two tabs, or at an end). */
  private static boolean hasEmptyCell(String line) {
    if (line.indexOf('\t') < 0) {
      return false;
    }
    boolean empty = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        if (empty) {
          return true;
        }
        empty = true;
      } else if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
        empty = false;
      }
    }
    return empty;
  }

  /**
   * Whether the document's tables were read cell by cell (HTML, Word), so that an empty position is
   * an empty cell; in text, tabs are only what a copy left.
   */
  private boolean structured() {
    String kind = doc.kind();
    return kind.equals("html") || kind.equals("docx") || kind.equals("doc");
  }

  /** How many empty cells a tab-separated line of a table read cell by cell has after its last text cell. */
  private int blanksAfterLabel(int line) {
    if (!structured() || doc.line(line).indexOf('\t') < 0) {
      return 0;
    }
    List<LineCell> positions = LineTokenizer.positions(doc.line(line), line);
    int count = 0;
    for (int i = positions.size() - 1; i >= 0 && positions.get(i).kind() == CellKind.BLANK; i--) {
      count++;
    }
    return count == positions.size() ? 0 : count;
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
