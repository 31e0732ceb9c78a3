package io.gaokai.lint.cli;

import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.rules.testing.Annotation;
import io.gaokai.lint.core.rules.testing.RuleFixture;
import java.util.ArrayList;
import java.util.List;

/**
 * A few numbered lines of a fixture around one annotation and the line it applies to, as
 * {@code rules explain} shows them: tabs opened up, long lines cut.
 */
final class FixtureExcerpt {

  private static final int CONTEXT = 2;
  private static final int MAX_WIDTH = 200;

  private FixtureExcerpt() {}

  /** Lines from {@code CONTEXT} before the annotation to {@code CONTEXT} after its target. */
  static List<String> around(RuleFixture fixture, Annotation annotation) {
    return lines(fixture, annotation.line() - CONTEXT, annotation.target() + CONTEXT);
  }

  /** The first lines of the fixture, when there is no annotation to show. */
  static List<String> start(RuleFixture fixture) {
    return lines(fixture, 1, 1 + 2 * CONTEXT);
  }

  private static List<String> lines(RuleFixture fixture, int first, int last) {
    List<String> text = SourceDocument.splitLines(fixture.text());
    int from = Math.max(1, first);
    int to = Math.min(text.size(), last);
    int digits = String.valueOf(to).length();
    List<String> out = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      String line = text.get(n - 1).replace("\t", "  ").stripTrailing();
      out.add((" ".repeat(Math.max(0, 5 - digits)) + String.format("%" + digits + "d", n) + " | " + TextTable.fit(line, MAX_WIDTH)).stripTrailing());
    }
    return out;
  }
}
