package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.model.DisableComment;
import io.gaokai.lint.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisableCommentIndexTest {

  private static final List<String> RULES = List.of("a", "b", "c", "all");

  /** What the index stands in for: the first comment in document order that covers. */
  private static DisableComment firstCovering(List<DisableComment> comments, String ruleId, int line) {
    return comments.stream().filter(c -> c.covers(ruleId, line)).findFirst().orElse(null);
  }

  @Test
  void findsTheSameCommentAsAScanInDocumentOrder() {
    Random random = new Random(20240131);
    for (int round = 0; round < 200; round++) {
      int lines = 1 + random.nextInt(60);
      List<Integer> headings = new ArrayList<>();
      for (int n = 1; n <= lines; n++) {
        if (random.nextInt(6) == 0) {
          headings.add(n);
        }
      }
      List<DisableComment> comments = new ArrayList<>();
      for (int n = 1; n <= lines; n++) {
        for (int k = random.nextInt(3); k > 0; k--) {
          List<String> ids = List.of(RULES.get(random.nextInt(RULES.size())), RULES.get(random.nextInt(RULES.size())));
          int[] scope = scope(headings, lines, n);
          comments.add(new DisableComment(ids, "r" + comments.size(), Span.of(n, 1, 1), scope[0], scope[1]));
        }
      }
      DisableCommentIndex index = new DisableCommentIndex(comments);
      for (String rule : List.of("a", "b", "c", "d")) {
        for (int line = 1; line <= lines; line++) {
          assertThat(index.covering(rule, line))
              .as("round %d, rule %s, line %d", round, rule, line)
              .isSameAs(firstCovering(comments, rule, line));
        }
      }
    }
  }

  /** The scopes the parser gives: the part the line is in, or the whole document before the first. */
  private static int[] scope(List<Integer> headings, int lines, int line) {
    int start = -1;
    int end = lines;
    for (int h : headings) {
      if (h <= line) {
        start = h;
      } else {
        end = h - 1;
        break;
      }
    }
    return start < 0 ? new int[] {1, lines} : new int[] {start, end};
  }
}
