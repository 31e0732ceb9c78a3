package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text layout of a Word table row that the parser reads: the cells joined by tabs, each cell's
 * text on one line. Shared by the docx and doc readers so that both give the same lines for the
 * same table.
 */
final class TableRowLine {

  private static final Pattern LINE_BREAKS_AND_TABS =
      Pattern.compile("[\\t\\r\\n\\u000B\\u2028\\u2029]+");

  private TableRowLine() {}

  /** The cells joined by tabs. */
  static String join(List<String> cells) {
    return String.join("\t", cells);
  }

  /**
   * The text of one cell as one line: paragraphs and line breaks inside the cell become single
   * spaces (a tab there would split the cell), surrounding white space is dropped.
   */
  static String cellText(String text) {
    return LINE_BREAKS_AND_TABS.matcher(text).replaceAll(" ").strip();
  }

  /** The locator of a row line: 1-based table and row number, no cell. */
  static Locator locator(int table, int row) {
    return new Locator(null, null, table, row, null);
  }
}
