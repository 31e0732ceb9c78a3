package io.gaokai.lint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void theJdkGlobSyntax() {
    assertThat(Glob.of("*.md").matches("a.md")).isTrue();
    assertThat(Glob.of("*.md").matches("d/a.md")).as("* stays in its segment").isFalse();
    assertThat(Glob.of("reports/**").matches("reports/2023/a.docx")).isTrue();
    assertThat(Glob.of("**/*-draft.docx").matches("x/y/z-draft.docx")).isTrue();
    assertThat(Glob.of("?.txt").matches("a.txt")).isTrue();
    assertThat(Glob.of("[!a]*.txt").matches("a1.txt")).isFalse();
    assertThat(Glob.of("[ab]*.txt").matches("b1.txt")).isTrue();
    assertThat(Glob.of("{seeds,variants}/*.txt").matches("variants/x.txt")).isTrue();
    assertThat(Glob.of("a\\*b").matches("a*b")).isTrue();
    assertThat(Glob.of("a.b").matches("axb")).as("a dot is a dot").isFalse();
    assertThat(Glob.of("北关区/*.txt").matches("北关区/2023.txt")).isTrue();
  }

  @Test
  void malformedGlobsAreRefused() {
    assertThatThrownBy(() -> Glob.of("[abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Glob.of("{a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Glob.of("a}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aGlobLongerThanAnyPathIsRefused() {
    assertThat(Glob.of("a/".repeat(Glob.MAX_LENGTH / 2 - 1) + "*").matches("a/".repeat(Glob.MAX_LENGTH / 2 - 1) + "x")).isTrue();
    assertThatThrownBy(() -> Glob.of("*".repeat(Glob.MAX_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than 4096");
  }

  @Test
  void manyDoubleStarsAgainstALongPathMatchInLinearTime() {
    // the JDK's matcher backtracks: ten **a against fifty characters did not end in 30 seconds
    Glob hostile = Glob.of("**a".repeat(40) + "**b");
    String path = "a".repeat(5000);
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> hostile.matches(path))).isFalse();
  }
}
