package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.SourceDocument;

/**
 * Plain text and Markdown. The text is passed to the parser as it is, line by line: the parser
 * understands the layouts tables arrive in (tabs, {@code |}-terminated cells, Markdown pipe rows, one
 * cell per line, runs of spaces).
 */
public final class TextReader implements DocumentReader {

  private final String kind;

  public TextReader(String kind) {
    this.kind = kind;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public SourceDocument read(String name, byte[] content) throws InputException {
    String text = TextDecoder.decode(content).text();
    if (text.isBlank()) {
      throw new InputException("文件为空：没有可检查的内容", "the file is empty: nothing to check");
    }
    return SourceDocument.ofText(name, kind, text);
  }
}
