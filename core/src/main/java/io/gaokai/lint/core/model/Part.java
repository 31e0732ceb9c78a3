package io.gaokai.lint.core.model;

/**
 * A part of the report: its heading and the lines up to the next part heading.
 *
 * @param heading the heading
 * @param firstLine the first line of the body (after the heading)
 * @param lastLine the last line of the body, inclusive ({@code lastLine < firstLine} when empty)
 */
public record Part(PartHeading heading, int firstLine, int lastLine) {

  public PartKind kind() {
    return heading.kind();
  }

  public boolean contains(int line) {
    return line >= heading.span().line() && line <= lastLine;
  }
}
