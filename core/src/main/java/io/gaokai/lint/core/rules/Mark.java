package io.gaokai.lint.core.rules;

/** A place in a rule or configuration file: the file and the 1-based line and column. */
public record Mark(String file, int line, int column) {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
