package io.gaokai.lint.core.model;

/**
 * A heading recognised as the start of one of the six parts.
 *
 * @param kind which part the heading's words name
 * @param number the number written in front of it (1 for 一), or 0 when it has none
 * @param text the heading as written (trimmed)
 * @param span where it is
 */
public record PartHeading(PartKind kind, int number, String text, Span span) {

  public boolean isNumberedAsItsKind() {
    return number == kind.number();
  }
}
