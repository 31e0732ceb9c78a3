package io.gaokai.lint.core.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.model.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFixtureTest {

  private static List<String> lines(String text) {
    return SourceDocument.splitLines(text);
  }

  @Test
  void anExpectationAppliesToTheNextLine() {
    RuleFixture f = RuleFixture.parse("r/a.md", "r", "标题\n<!-- expect: r -->\n正文\n");

    assertThat(f.annotations()).containsExactly(new Annotation(Annotation.Kind.EXPECT, "r", 2, 3));
    assertThat(f.problems()).isEmpty();
  }

  @Test
  void aCommaListNamesSeveralRulesOnTheSameLine() {
    RuleFixture f = RuleFixture.parse("x.md", null, "<!-- expect: three-balance,three-row-total ,  four-sum -->\n0\t0\n");

    assertThat(f.annotations())
        .extracting(Annotation::ruleId, Annotation::target)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("three-balance", 2),
            org.assertj.core.groups.Tuple.tuple("three-row-total", 2),
            org.assertj.core.groups.Tuple.tuple("four-sum", 2));
  }

  @Test
  void blankLinesCommentsAndOtherAnnotationsAreSkippedToFindTheTarget() {
    String text = String.join("\n",
        "<!-- expect: a -->",
        "",
        "<!-- a note for the reader -->",
        "<!-- ok: b -->",
        "   ",
        "目标行",
        "");
    RuleFixture f = RuleFixture.parse("x.txt", null, text);

    assertThat(f.annotations()).extracting(Annotation::target).containsExactly(6, 6);
    assertThat(f.annotations()).extracting(Annotation::kind).containsExactly(Annotation.Kind.EXPECT, Annotation.Kind.OK);
    assertThat(f.notes()).containsExactly("a note for the reader");
  }

  @Test
  void commentLinesAreEmptiedAndLineNumbersKept() {
    String text = "标题\r\n<!-- expect: a -->\r\n规章\t0\t0\t0\r\n  <!-- note -->  \r\n结尾\r\n";
    RuleFixture f = RuleFixture.parse("x.txt", null, text);

    assertThat(lines(f.lintText())).containsExactly("标题", "", "规章\t0\t0\t0", "", "结尾");
    assertThat(lines(f.lintText())).hasSameSizeAs(lines(text));
  }

  @Test
  void commentsInsideALineAreText() {
    RuleFixture f = RuleFixture.parse("x.md", null, "正文 <!-- expect: a --> 正文\n");

    assertThat(f.annotations()).isEmpty();
    assertThat(f.lintText()).isEqualTo("正文 <!-- expect: a --> 正文");
  }

  @Test
  void malformedAnnotationsAreProblems() {
    String text = String.join("\n",
        "<!-- expects: a -->",
        "<!-- expect: -->",
        "<!-- expect: Bad_Id -->",
        "<!-- OK a -->",
        "正文",
        "");
    RuleFixture f = RuleFixture.parse("x.md", "a", text);

    assertThat(f.annotations()).isEmpty();
    assertThat(f.problems()).extracting(FixtureProblem::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void anAnnotationWithNothingAfterItIsAProblem() {
    RuleFixture f = RuleFixture.parse("x.md", "a", "正文\n<!-- expect: a -->\n\n");

    assertThat(f.annotations()).isEmpty();
    assertThat(f.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message().en()).contains("no line to apply to");
    });
  }

  @Test
  void expectingAndDeclaringQuietTheSameRuleOnOneLineIsAProblem() {
    RuleFixture f = RuleFixture.parse("x.md", null, "<!-- expect: a -->\n<!-- ok: a, b -->\n正文\n");

    assertThat(f.problems()).singleElement().extracting(FixtureProblem::ruleId).isEqualTo("a");
  }

  @Test
  void theRulesUnderTestAreTheDirectoryRuleThenTheAnnotatedOnes() {
    RuleFixture f = RuleFixture.parse("d/x.md", "d", "<!-- ok: b -->\n一\n<!-- expect: c, d -->\n二\n<!-- expect: b -->\n三\n");

    assertThat(f.rulesUnderTest()).containsExactly("d", "b", "c");
    assertThat(f.fires("d")).isTrue();
    assertThat(f.fires("b")).isTrue();
    assertThat(f.declaredQuiet("b", 2)).isTrue();
    assertThat(f.declaredQuiet("b", 6)).isFalse();
    assertThat(f.quietAnnotation("b", 2)).contains(new Annotation(Annotation.Kind.OK, "b", 1, 2));
    assertThat(f.quietAnnotation("d", 2)).isEmpty();
  }
}
