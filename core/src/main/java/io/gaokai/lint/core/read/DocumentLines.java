package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an HTML document as they are produced, each with its locator. Text outside tables
 * becomes one line per block (and per {@code <br>}), located by its 1-based block number; a table
 * row becomes one line of tab-separated cells, located by table and row. Empty lines are dropped,
 * except that one blank line is kept where the page shows vertical space (an empty paragraph or a
 * {@code <br>} on an empty line) between two lines.
 */
final class DocumentLines implements TextSink {

  private final List<String> lines = new ArrayList<>();
  private final List<Locator> locators = new ArrayList<>();
  private final StringBuilder raw = new StringBuilder();
  private int blocks;
  private int tables;
  private boolean nextTextStartsBlock = true;
  private boolean blankLineWanted;
  private boolean hasText;

  @Override
  public void text(String text) {
    raw.append(text);
  }

  @Override
  public void lineBreak() {
    if (!endLine()) {
      blankLineWanted = true;
    }
  }

  @Override
  public void blockBoundary() {
    endLine();
    nextTextStartsBlock = true;
  }

  @Override
  public void emptyParagraph() {
    blankLineWanted = true;
  }

  @Override
  public void directive(String comment) {
    endLine();
    add(comment, Locator.NONE);
  }

  /** Starts the next table and returns its 1-based number. */
  int startTable() {
    blockBoundary();
    return ++tables;
  }

  /** A line of its own outside the rows of a table, such as its caption. */
  void paragraph(String text) {
    raw.append(text);
    blockBoundary();
  }

  /** One table row, its cells joined by tabs. */
  void tableRow(int table, int row, String cells) {
    add(cells, new Locator(null, null, table, row, null));
    hasText = true;
  }

  void endTable() {
    nextTextStartsBlock = true;
  }

  /** Puts a line before all others, outside any block (the page title). */
  void prepend(String line) {
    lines.add(0, line);
    locators.add(0, Locator.NONE);
  }

  /** Whether any text besides directives was found. */
  boolean hasText() {
    return hasText;
  }

  List<String> lines() {
    return lines;
  }

  List<Locator> locators() {
    return locators;
  }

  /** Ends the line being built; returns whether it had text. */
  private boolean endLine() {
    if (raw.length() == 0) {
      return false;
    }
    String line = InlineText.normalize(raw);
    raw.setLength(0);
    if (line.isEmpty()) {
      return false;
    }
    if (nextTextStartsBlock) {
      blocks++;
      nextTextStartsBlock = false;
    }
    add(line, Locator.paragraph(blocks));
    hasText = true;
    return true;
  }

  private void add(String line, Locator locator) {
    if (blankLineWanted && !lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
      locators.add(Locator.NONE);
    }
    blankLineWanted = false;
    lines.add(line);
    locators.add(locator);
  }
}
