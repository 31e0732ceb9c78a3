package io.gaokai.lint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.PdfReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the PDF reader. Property: the input is read or refused with an {@link InputException}
 * (never because our own code failed), nothing else escapes, and {@link Linter#lint(String,
 * byte[])} returns a result without needing its safety nets. Seeds: the committed PDF fixtures
 * (short, copy-protected, truncated, encrypted, image-only), and the inputs in {@code
 * PdfReaderFuzzTestInputs/readsOrRefuses/}. {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class PdfReaderFuzzTest {

  private final PdfReader reader = new PdfReader();
  private final Linter linter = FuzzSupport.nationalLinter();

  static Stream<Arguments> fixtures() {
    return FuzzSupport.seeds(
        "core/src/test/resources/pdf/short.pdf",
        "core/src/test/resources/pdf/copy-protected.pdf",
        "core/src/test/resources/hostile/truncated.pdf",
        "core/src/test/resources/hostile/encrypted.pdf",
        "core/src/test/resources/hostile/image-only.pdf");
  }

  @MethodSource("fixtures")
  @FuzzTest
  void readsOrRefuses(byte[] input) {
    try {
      assertThat(reader.read("fuzz.pdf", input).lines()).isNotEmpty();
    } catch (InputException refused) {
      FuzzSupport.assertRefusedCleanly(refused);
    }
    FuzzSupport.assertLints(linter, "fuzz.pdf", input);
  }
}
