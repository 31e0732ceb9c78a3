package io.gaokai.lint.core.read;

/**
 * Receives the text of an HTML subtree as {@link HtmlFlow} walks it: inline text, the places where
 * lines break, and the linter directives found in comments. The document and each table cell
 * collect their text through one.
 */
interface TextSink {

  /** Inline text as it stands in the markup, whitespace not yet collapsed. */
  void text(String raw);

  /** A {@code <br>} or a newline inside {@code <pre>}: the current line ends. */
  void lineBreak();

  /** A block element starts or ends: the current line ends and the next text starts a new block. */
  void blockBoundary();

  /** A paragraph without visible text ended: a spacer the page shows as an empty line. */
  void emptyParagraph();

  /** A {@code <!-- gaokai-lint-... -->} comment, already written back as one line. */
  void directive(String comment);
}
