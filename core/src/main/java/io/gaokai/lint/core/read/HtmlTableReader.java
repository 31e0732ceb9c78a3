package io.gaokai.lint.core.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Reads the data tables of one document into its {@link DocumentLines}: the caption as a line of
 * its own, then each {@code <tr>} as one line of tab-separated cells laid out by {@link TableGrid}.
 * Rows without any text are left out (their numbers still count). Directives found in a row, or
 * between rows, become lines of their own just before that row, or after the last row.
 *
 * <p>One instance reads all tables of one document and keeps the grid budget of that document.
 */
final class HtmlTableReader {

  /** The grid positions all tables of a page may use together; real reports need a few thousand. */
  static final long MAX_GRID_CELLS = 1_000_000L;

  private final DocumentLines out;
  private long gridCellsLeft = MAX_GRID_CELLS;

  HtmlTableReader(DocumentLines out) {
    this.out = out;
  }

  void read(Element table) {
    int tableNumber = out.startTable();
    TableContent content = new TableContent();
    for (Node child : table.childNodes()) {
      if (child instanceof Element element && HtmlElements.isHidden(element)) {
        continue; // a hidden section or row is not in the table a reader sees
      }
      if (child instanceof Element element) {
        switch (element.normalName()) {
          case "caption" -> content.captions.add(cellText(element, content));
          case "thead", "tbody", "tfoot" -> content.readSection(element);
          case "tr" -> content.readRow(element);
          default -> { }
        }
      } else {
        content.readComment(child);
      }
    }
    List<List<String>> grid = TableGrid.layOut(content.rows, gridCellsLeft);
    gridCellsLeft -= (long) grid.size() * (grid.isEmpty() ? 0 : grid.get(0).size());

    for (String caption : content.captions) {
      if (!caption.isEmpty()) {
        out.paragraph(caption);
      }
    }
    for (int r = 0; r <= grid.size(); r++) {
      for (String directive : content.directivesBefore.getOrDefault(r, List.of())) {
        out.directive(directive);
      }
      if (r < grid.size() && hasText(grid.get(r))) {
        out.tableRow(tableNumber, r + 1, String.join("\t", grid.get(r)));
      }
    }
    out.endTable();
  }

  private static boolean hasText(List<String> cells) {
    for (String cell : cells) {
      if (!cell.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String cellText(Element cell, TableContent content) {
    int row = content.rows.size();
    CellText text = new CellText(directive -> content.directiveBefore(row, directive));
    HtmlFlow.walkCell(cell, text);
    return text.text();
  }

  /** The rows, captions and directives of one table, in markup order. */
  private static final class TableContent {
    final List<List<TableGrid.Cell>> rows = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final Map<Integer, List<String>> directivesBefore = new HashMap<>();

    void readSection(Element section) {
      for (Node child : section.childNodes()) {
        if (child instanceof Element element && element.normalName().equals("tr")) {
          if (!HtmlElements.isHidden(element)) {
            readRow(element);
          }
        } else {
          readComment(child);
        }
      }
    }

    void readRow(Element tr) {
      List<TableGrid.Cell> cells = new ArrayList<>();
      for (Node child : tr.childNodes()) {
        if (child instanceof Element cell && HtmlElements.isCell(cell.normalName())) {
          cells.add(new TableGrid.Cell(
              cellText(cell, this),
              TableGrid.parseSpan(cell.attr("rowspan")),
              TableGrid.parseSpan(cell.attr("colspan"))));
        } else {
          readComment(child);
        }
      }
      rows.add(cells);
    }

    /** A comment outside any cell belongs before the row being read, or the next one. */
    void readComment(Node node) {
      if (node instanceof Comment comment) {
        String directive = HtmlElements.directive(comment);
        if (directive != null) {
          directiveBefore(rows.size(), directive);
        }
      }
    }

    void directiveBefore(int row, String directive) {
      directivesBefore.computeIfAbsent(row, r -> new ArrayList<>()).add(directive);
    }
  }
}
