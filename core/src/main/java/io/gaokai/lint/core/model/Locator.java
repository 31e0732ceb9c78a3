package io.gaokai.lint.core.model;

/**
 * Where a piece of text sits in the original document, beyond the line and column of the text the
 * reader produced: a page for PDF, a paragraph or a table cell for Word. Every component is optional
 * (null when the input kind has no such notion).
 */
public record Locator(Integer page, Integer paragraph, Integer table, Integer row, Integer cell) {

  public static final Locator NONE = new Locator(null, null, null, null, null);

  public static Locator page(int page) {
    return new Locator(page, null, null, null, null);
  }

  public static Locator paragraph(int paragraph) {
    return new Locator(null, paragraph, null, null, null);
  }

  public static Locator tableCell(int table, int row, int cell) {
    return new Locator(null, null, table, row, cell);
  }

  public boolean isEmpty() {
    return page == null && paragraph == null && table == null && row == null && cell == null;
  }

  /**
   * A short human description, e.g. {@code 第3页} or {@code 表格2 第4行 第5列} ({@code page 3},
   * {@code table 2 row 4 column 5}): the cell is the row's column as its line counts them.
   */
  public String describe(boolean english) {
    StringBuilder sb = new StringBuilder();
    if (page != null) {
      append(sb, english ? "page " + page : "第" + page + "页");
    }
    if (paragraph != null) {
      append(sb, english ? "paragraph " + paragraph : "第" + paragraph + "段");
    }
    if (table != null) {
      append(sb, english ? "table " + table : "表格" + table);
      if (row != null) {
        append(sb, english ? "row " + row : "第" + row + "行");
      }
      if (cell != null) {
        append(sb, english ? "column " + cell : "第" + cell + "列");
      }
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String s) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(s);
  }
}
