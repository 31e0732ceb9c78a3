package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.gaokai.lint.core.model.DisableComment;
import io.gaokai.lint.core.model.SourceDocument;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisableCommentsTest {

  private static List<DisableComment> find(String text) {
    SourceDocument doc = SourceDocument.ofText("t.txt", "txt", text);
    return DisableComments.find(doc, new HeadingFinder(io.gaokai.lint.core.NationalFormat.get().parts(), java.util.List.of()).find(doc));
  }

  @Test
  void readsTheRuleIdsAndTheReasonAndMarksTheWholeComment() {
    List<DisableComment> found = find("说明：<!-- gaokai-lint-disable part-order, fee-amount-missing：见附件 -->");

    assertThat(found).hasSize(1);
    DisableComment c = found.get(0);
    assertThat(c.ruleIds()).containsExactly("part-order", "fee-amount-missing");
    assertThat(c.reason()).isEqualTo("见附件");
    assertThat(c.span().column()).isEqualTo(4);
    assertThat(c.span().length()).isEqualTo("<!-- gaokai-lint-disable part-order, fee-amount-missing：见附件 -->".length());
  }

  @Test
  void readsEveryCommentOfALineEachEndingAtItsFirstClose() {
    List<DisableComment> found =
        find("<!-- gaokai-lint-disable a,b--> 正文 <!--gaokai-lint-disable all: x --> <!-- gaokai-lint-disable c-->");

    assertThat(found).extracting(DisableComment::ruleIds)
        .containsExactly(List.of("a", "b"), List.of("all"), List.of("c"));
    assertThat(found).extracting(DisableComment::reason).containsExactly("", "x", "");
  }

  @Test
  void ignoresCommentsThatNameNoProperListOfRuleIds() {
    assertThat(find("<!-- gaokai-lint-disable -->")).isEmpty();
    assertThat(find("<!-- gaokai-lint-disable a b -->")).isEmpty();
    assertThat(find("<!-- gaokai-lint-disable a,,b -->")).isEmpty();
    assertThat(find("<!-- gaokai-lint-disable a, -->")).isEmpty();
    assertThat(find("<!-- gaokai-lint-disable Part-Order -->")).isEmpty();
    assertThat(find("<!-- gaokai-lint-disablea -->")).isEmpty();
    assertThat(find("<!-- 备注 gaokai-lint-disable a -->")).isEmpty();
    assertThat(find("<!-- gaokai-lint-disable a")).isEmpty();
  }

  @Test
  void coversItsPartOrBeforeTheFirstPartTheWholeDocument() {
    List<DisableComment> found = find("""
        标题
        <!-- gaokai-lint-disable a -->
        一、总体情况
        <!-- gaokai-lint-disable b -->
        正文
        二、主动公开政府信息情况
        正文
        """);

    assertThat(found).extracting(c -> List.of(c.firstLine(), c.lastLine()))
        .containsExactly(List.of(1, 7), List.of(3, 5));
  }

  @Test
  void hostileCommentsAreReadInLinearTimeWithoutOverflowingTheStack() {
    String manyIds = "<!-- gaokai-lint-disable a" + ",a".repeat(200_000) + " -->";
    String neverClosed = "一、总体情况" + "<!-- gaokai-lint-disable a: 原因".repeat(100_000);
    String spacesInReason = "<!-- gaokai-lint-disable a:" + " ".repeat(1_000_000) + "x -->";

    // a guard against the stack overflow and the quadratic scans this once had, not a benchmark
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      assertThat(find(manyIds)).singleElement().satisfies(c -> assertThat(c.ruleIds()).hasSize(200_001));
      assertThat(find(neverClosed)).isEmpty();
      assertThat(find(spacesInReason)).singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("x"));
    });
  }
}
