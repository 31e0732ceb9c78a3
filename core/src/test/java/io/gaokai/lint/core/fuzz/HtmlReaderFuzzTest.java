package io.gaokai.lint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.HtmlReader;
import io.gaokai.lint.core.read.InputException;

/**
 * Fuzzes the HTML reader. Property: the input is read or refused with an {@link InputException}
 * (never because our own code failed), nothing else escapes, and {@link Linter#lint(String,
 * byte[])} returns a result without needing its safety nets. Seeds: the inputs in {@code
 * HtmlReaderFuzzTestInputs/readsOrRefuses/}. {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class HtmlReaderFuzzTest {

  private final HtmlReader reader = new HtmlReader();
  private final Linter linter = FuzzSupport.nationalLinter();

  @FuzzTest
  void readsOrRefuses(byte[] input) {
    try {
      assertThat(reader.read("fuzz.html", input).lines()).isNotEmpty();
    } catch (InputException refused) {
      FuzzSupport.assertRefusedCleanly(refused);
    }
    FuzzSupport.assertLints(linter, "fuzz.html", input);
  }
}
