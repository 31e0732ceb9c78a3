package io.gaokai.lint.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.Baseline;
import io.gaokai.lint.core.FileResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes reading a baseline file ({@link Baseline#read}). Property: the bytes are read as a
 * baseline or refused with an {@link IOException} (a usage error for the run), and a baseline that
 * is read applies to a linted report without failing. Seeds: {@code
 * BaselineFuzzTestInputs/readsOrRefuses/}; {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class BaselineFuzzTest {

  private static final FileResult REPORT =
      FuzzSupport.assertLints(FuzzSupport.nationalLinter(), "reports/a.txt", FuzzSupport.sampleReport());

  @FuzzTest
  void readsOrRefuses(byte[] input) {
    Path file;
    try {
      file = Files.createTempFile("gaokai-lint-fuzz", ".json");
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Baseline baseline = Baseline.read(file);
      baseline.apply(REPORT);
      baseline.stale();
    } catch (IOException refused) {
      // the run says so and stops with exit 2
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a temporary file
      }
    }
  }
}
