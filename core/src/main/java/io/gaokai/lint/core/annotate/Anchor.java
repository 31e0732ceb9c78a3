package io.gaokai.lint.core.annotate;

/**
 * What a Word comment is anchored on, named as the docx reader's locators name it: a body
 * paragraph, a table cell, or the end of the document.
 */
public sealed interface Anchor permits Anchor.Paragraph, Anchor.Cell, Anchor.End {

  /** The body paragraph {@code number} (1-based; tables and content controls not counted). */
  record Paragraph(int number) implements Anchor {}

  /** Table {@code table}, row {@code row}, grid column {@code column}; all 1-based. */
  record Cell(int table, int row, int column) implements Anchor {}

  /** The last paragraph of the document. */
  record End() implements Anchor {}
}
