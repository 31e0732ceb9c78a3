package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers of a row that whole-page text ran together, {@code 000} for three cells or {@code 1000001}
 * for seven: the ways of taking the digits apart into the row's cells. Each cell is a whole number
 * written without leading zeros; with as many digits as cells, the one way is a digit each. With
 * more digits, only the ways that make the row's totals add up are kept; the row is certain when
 * exactly one remains.
 */
final class RunTogether {

  /** Splits tried at most, so that a long run of digits costs bounded time (it is uncertain then). */
  private static final int MAX_TRIED = 50_000;

  private RunTogether() {}

  /**
   * The row's cells taken apart: {@code cells} are counts read as one or more runs of digits, fewer
   * than {@code width} (see {@link #applies}). With as many digits as cells, returns a digit each;
   * else the one split into {@code width} cells that adds up, or null when none or several do (or
   * too many had to be tried).
   */
  static List<Cell> split(List<Cell> cells, int width, RowTotal total) {
    if (cells.stream().mapToInt(c -> c.text().length()).sum() == width) {
      return digitEach(cells); // the only way, whether or not the totals add up: that is for the identities to say
    }
    Search s = new Search(cells, width, total);
    s.run(0, 0, new ArrayList<>());
    return s.found.size() == 1 && !s.exhausted ? s.found.get(0) : null;
  }

  private static List<Cell> digitEach(List<Cell> cells) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : cells) {
      Span at = c.span();
      for (int i = 0; i < c.text().length(); i++) {
        String digit = c.text().substring(i, i + 1);
        out.add(new Cell(digit, new BigDecimal(digit), new Span(at.line(), at.column() + i, 1, at.locator())));
      }
    }
    return out;
  }

  /** Whether {@code cells} hold numbers run together: fewer cells than the row has, all counts, enough digits. */
  static boolean applies(List<Cell> cells, int width) {
    if (cells.isEmpty() || cells.size() >= width) {
      return false;
    }
    int digits = 0;
    for (Cell c : cells) {
      if (!c.isCount()) {
        return false;
      }
      digits += c.text().length();
    }
    return digits >= width && digits > cells.size();
  }

  private static final class Search {
    final List<Cell> cells;
    final int width;
    final RowTotal total;
    final List<List<Cell>> found = new ArrayList<>();
    int tried;
    boolean exhausted;

    Search(List<Cell> cells, int width, RowTotal total) {
      this.cells = cells;
      this.width = width;
      this.total = total;
    }

    /** Splits cell {@code index} from character {@code from} on, the cells so far in {@code out}. */
    void run(int index, int from, List<Cell> out) {
      if (found.size() > 1 || exhausted) {
        return;
      }
      if (++tried > MAX_TRIED) {
        exhausted = true;
        return;
      }
      if (index == cells.size()) {
        if (out.size() == width && (!total.exists() || total.addsUp(out))) {
          found.add(List.copyOf(out));
        }
        return;
      }
      Cell cell = cells.get(index);
      String text = cell.text();
      if (from == text.length()) {
        run(index + 1, 0, out);
        return;
      }
      int left = width - out.size();
      if (left <= 0) {
        return;
      }
      int maxLength = text.charAt(from) == '0' ? 1 : text.length() - from;
      for (int length = 1; length <= maxLength; length++) {
        String number = text.substring(from, from + length);
        Span at = cell.span();
        out.add(new Cell(number, new BigDecimal(number), new Span(at.line(), at.column() + from, length, at.locator())));
        run(index, from + length, out);
        out.remove(out.size() - 1);
      }
    }
  }
}
