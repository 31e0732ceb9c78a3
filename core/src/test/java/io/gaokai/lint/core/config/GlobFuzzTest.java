package io.gaokai.lint.core.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes override globs ({@link Glob}). Property: a glob compiles or is refused with an
 * {@link IllegalArgumentException} (the loader's "invalid glob"), and a compiled glob matches any
 * path without failing. The input is a glob, a NUL, a path. Seeds: {@code
 * GlobFuzzTestInputs/matchesOrRefuses/}; {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class GlobFuzzTest {

  @FuzzTest
  void matchesOrRefuses(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int nul = text.indexOf('\u0000');
    String glob = nul < 0 ? text : text.substring(0, nul);
    String path = nul < 0 ? "reports/2023/a.docx" : text.substring(nul + 1);
    Glob g;
    try {
      g = Glob.of(glob);
    } catch (IllegalArgumentException refused) {
      return;
    }
    g.matches(path);
    g.matches(path.repeat(20));
  }
}
