package io.gaokai.lint.core.read;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The cells of a Word (docx) table row as the parser wants them, one string per grid column, with
 * merged cells resolved: a cell spanning columns ({@code gridSpan}, or legacy {@code hMerge}) gives
 * its text in its first column and empty cells for the others; a cell continuing a vertical merge
 * ({@code vMerge} without {@code restart}) is empty; columns skipped before the first cell ({@code
 * gridBefore}) are empty.
 */
public final class DocxTableRows {

  /** Word allows at most 63 columns; a larger span is damage, not layout. */
  private static final int MAX_GRID_COLUMNS = 63;

  private DocxTableRows() {}

  static List<String> cells(XWPFTableRow row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < gridBefore(row); i++) {
      cells.add("");
    }
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr properties = cell.getCTTc().getTcPr();
      cells.add(continuesMerge(properties) ? "" : cellText(cell.getBodyElements()));
      for (int i = 1; i < gridSpan(properties); i++) {
        cells.add("");
      }
    }
    return cells;
  }

  /**
   * The cell of a row that covers grid column {@code column} (1-based, as the cells of a row line
   * are counted: a cell spanning columns covers each of them). A column before the row's first
   * cell ({@code gridBefore}) gives the first cell, one past the last cell the last; null for a
   * row without cells.
   */
  public static XWPFTableCell cellAt(XWPFTableRow row, int column) {
    List<XWPFTableCell> cells = row.getTableCells();
    if (cells.isEmpty()) {
      return null;
    }
    int first = gridBefore(row) + 1;
    for (XWPFTableCell cell : cells) {
      int span = gridSpan(cell.getCTTc().getTcPr());
      if (column < first + span) {
        return cell;
      }
      first += span;
    }
    return cells.get(cells.size() - 1);
  }

  /** The text of a cell's paragraphs, content controls and nested tables, on one line. */
  static String cellText(List<IBodyElement> elements) {
    List<String> parts = new ArrayList<>();
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph paragraph) {
        parts.add(paragraph.getText());
      } else if (element instanceof XWPFTable nested) {
        for (XWPFTableRow row : nested.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            parts.add(cellText(cell.getBodyElements()));
          }
        }
      } else if (element instanceof XWPFSDT control) {
        parts.add(control.getContent().getText());
      }
    }
    parts.removeIf(String::isBlank);
    return TableRowLine.cellText(String.join(" ", parts));
  }

  private static boolean continuesMerge(CTTcPr properties) {
    if (properties == null) {
      return false;
    }
    if (properties.isSetVMerge()) {
      STMerge.Enum value = properties.getVMerge().getVal();
      if (value == null || value == STMerge.CONTINUE) {
        return true;
      }
    }
    if (properties.isSetHMerge()) {
      STMerge.Enum value = properties.getHMerge().getVal();
      return value == null || value == STMerge.CONTINUE;
    }
    return false;
  }

  private static int gridSpan(CTTcPr properties) {
    if (properties == null || !properties.isSetGridSpan()) {
      return 1;
    }
    BigInteger span = properties.getGridSpan().getVal();
    return span == null ? 1 : Math.max(1, Math.min(span.intValue(), MAX_GRID_COLUMNS));
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr properties = row.getCtRow().getTrPr();
    if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    CTDecimalNumber before = properties.getGridBeforeArray(0);
    BigInteger value = before.getVal();
    return value == null ? 0 : Math.max(0, Math.min(value.intValue(), MAX_GRID_COLUMNS));
  }
}
