package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the lines a reader produces, each with its locator in the original document, and turns
 * them into a {@link SourceDocument}. Text holding line breaks becomes several lines that share the
 * locator.
 */
final class SourceLines {

  private final List<String> lines = new ArrayList<>();
  private final List<Locator> locators = new ArrayList<>();

  /** Adds the text as one line per line break in it (CRLF, LF, CR), all at the given locator. */
  void add(String text, Locator locator) {
    List<String> split = SourceDocument.splitLines(text);
    if (split.isEmpty()) {
      split = List.of("");
    }
    for (String line : split) {
      lines.add(line);
      locators.add(locator);
    }
  }

  /** Whether any line holds more than white space. */
  boolean hasText() {
    return lines.stream().anyMatch(line -> !line.isBlank());
  }

  SourceDocument toDocument(String name, String kind) {
    return new SourceDocument(name, kind, lines, locators);
  }
}
