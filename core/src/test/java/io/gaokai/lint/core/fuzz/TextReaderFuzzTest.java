package io.gaokai.lint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes reading a file named {@code x.txt}: what {@link Readers} does with it, from sniffing its
 * kind to decoding its text. Property: the input is read or refused with an {@link InputException}
 * (never because our own code failed), nothing else escapes, and {@link Linter#lint(String,
 * byte[])} returns a result without needing its safety nets. The seeds are seed 003, the GBK
 * variant of seed 002, the CLI's text fixtures and the inputs in {@code
 * TextReaderFuzzTestInputs/readsOrRefuses/}; {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class TextReaderFuzzTest {

  private final Readers readers = new Readers();
  private final Linter linter = FuzzSupport.nationalLinter();

  static Stream<Arguments> fixtures() {
    return FuzzSupport.seeds(
        "reports-examples/seeds/003_5a79b1ae846fe1fc.txt",
        "reports-examples/variants/002-gbk.txt",
        "cli/src/test/resources/hostile/invalid-utf8.txt",
        "cli/src/test/resources/hostile/binary-garbage.txt");
  }

  @MethodSource("fixtures")
  @FuzzTest
  void readsOrRefuses(byte[] input) {
    try {
      assertThat(readers.read("x.txt", input).lines()).isNotEmpty();
    } catch (InputException refused) {
      FuzzSupport.assertRefusedCleanly(refused);
    }
    FuzzSupport.assertLints(linter, "x.txt", input);
  }
}
