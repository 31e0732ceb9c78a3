package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexSizeTest {

  @Test
  void nestedCountsMultiplyingPastAThousandAreRefusedAsRe2RefusesThem() {
    assertThat(RegexSize.problem("(a{1000}){1000}")).contains("1000000");
    assertThat(RegexSize.problem("((a{100}){100}){100}")).isNotNull();
    assertThat(RegexSize.problem("(?:x{10,50}y){30}")).contains("1500");
  }

  @Test
  void ordinaryExpressionsAndLiteralBracesPass() {
    assertThat(RegexSize.problem("(?:受理|收到)\\s*(?P<n>\\d+)\\s*件")).isNull();
    assertThat(RegexSize.problem("[^。；]{0,12}?(?:受理|收到)[^。；]{0,12}?\\d+")).isNull();
    assertThat(RegexSize.problem("(a{10}){100}")).isNull();
    assertThat(RegexSize.problem("\\p{Han}{2,6}[{}]{3}")).isNull();
    assertThat(RegexSize.problem("a{b}c{")).isNull();
    assertThat(RegexSize.problem("[)]{5}(x)")).isNull();
  }
}
