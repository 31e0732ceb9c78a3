package io.gaokai.lint.core.annotate;

import java.util.List;

/**
 * One comment to add: where, and its text, one string per paragraph of the comment.
 *
 * @param anchor what the comment is anchored on
 * @param paragraphs the comment's text; never empty, the first never starting with {@code
 *     gaokai-lint-} (the docx reader takes such comments as directives)
 */
public record Annotation(Anchor anchor, List<String> paragraphs) {

  public Annotation {
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a comment needs text");
    }
    if (paragraphs.get(0).strip().startsWith("gaokai-lint-")) {
      throw new IllegalArgumentException("a comment starting with gaokai-lint- would be read as a directive: " + paragraphs.get(0));
    }
  }
}
