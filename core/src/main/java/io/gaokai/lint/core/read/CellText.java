package io.gaokai.lint.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the text of one table cell (or caption) as a single line: the pieces that {@code <br>}
 * and block elements separate are joined by {@link InlineText#joinCellPieces}. Directives found
 * inside the cell are passed on, since a table row has no room for them.
 */
final class CellText implements TextSink {

  private final List<String> pieces = new ArrayList<>();
  private final StringBuilder raw = new StringBuilder();
  private final Consumer<String> directives;

  CellText(Consumer<String> directives) {
    this.directives = directives;
  }

  @Override
  public void text(String text) {
    raw.append(text);
  }

  @Override
  public void lineBreak() {
    endPiece();
  }

  @Override
  public void blockBoundary() {
    endPiece();
  }

  @Override
  public void emptyParagraph() {
    // a cell is one line: spacer paragraphs inside it leave no trace
  }

  @Override
  public void directive(String comment) {
    directives.accept(comment);
  }

  /** The cell text on one line, without tabs or line breaks. */
  String text() {
    endPiece();
    return InlineText.joinCellPieces(pieces);
  }

  private void endPiece() {
    if (raw.length() > 0) {
      pieces.add(InlineText.normalize(raw));
      raw.setLength(0);
    }
  }
}
