package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.SourceDocument;

/**
 * Turns the bytes of one input into the text the report parser reads. One implementation per input
 * kind; readers know nothing of rules or output formats.
 */
public interface DocumentReader {

  /** The input kind, as it appears in findings and JSON ({@code txt}, {@code html}, ...). */
  String kind();

  /**
   * Reads one input.
   *
   * @param name the name to report the document under (usually the path as given)
   * @param content the whole input
   * @throws InputException when the input cannot be read as a report
   */
  SourceDocument read(String name, byte[] content) throws InputException;
}
