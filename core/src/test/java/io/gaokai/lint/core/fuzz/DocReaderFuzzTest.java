package io.gaokai.lint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.DocReader;
import io.gaokai.lint.core.read.InputException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Word 97–2003 reader. Property: the input is read or refused with an {@link
 * InputException} (never because our own code failed), nothing else escapes, and {@link
 * Linter#lint(String, byte[])} returns a result without needing its safety nets. Seeds: the
 * smallest doc example (002), and the inputs in {@code DocReaderFuzzTestInputs/readsOrRefuses/}.
 * {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class DocReaderFuzzTest {

  private final DocReader reader = new DocReader();
  private final Linter linter = FuzzSupport.nationalLinter();

  static Stream<Arguments> fixtures() {
    return FuzzSupport.seeds(
        "reports-examples/doc/002_070df74db560079b.doc");
  }

  @MethodSource("fixtures")
  @FuzzTest
  void readsOrRefuses(byte[] input) {
    try {
      assertThat(reader.read("fuzz.doc", input).lines()).isNotEmpty();
    } catch (InputException refused) {
      FuzzSupport.assertRefusedCleanly(refused);
    }
    FuzzSupport.assertLints(linter, "fuzz.doc", input);
  }
}
