package io.gaokai.lint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A signature may let through a line that lacks a character, never turn away one that has it. */
class CharSignatureTest {

  @Test
  void neverDeniesACharacterALineHoldsAndDeniesMostItLacks() throws IOException {
    String seed = Files.readString(RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"));
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", seed);
    Random random = new Random(11);
    int lacking = 0;
    int denied = 0;
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      for (int k = 0; k < 200; k++) {
        char c = random.nextBoolean() && !line.isEmpty()
            ? line.charAt(random.nextInt(line.length()))
            : seed.charAt(random.nextInt(seed.length()));
        long[] one = CharSignature.of(String.valueOf(c));
        boolean holds = line.indexOf(c) >= 0;
        assertThat(doc.mayContainAll(n, one)).isEqualTo(doc.mayContainAny(n, one));
        if (holds) {
          assertThat(doc.mayContainAll(n, one)).as("line %d holds %s", n, c).isTrue();
        } else {
          lacking++;
          denied += doc.mayContainAll(n, one) ? 0 : 1;
        }
      }
    }
    assertThat(denied).as("of %d lacking characters", lacking).isGreaterThan(lacking * 2 / 3);
  }

  @Test
  void allNeedsEveryCharacterAnyNeedsOne() {
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", "政府信息公开\n行政复议\n");

    assertThat(doc.mayContainAll(1, CharSignature.of("公开"))).isTrue();
    assertThat(doc.mayContainAll(2, CharSignature.of("公开"))).isFalse();
    assertThat(doc.mayContainAny(2, CharSignature.of("复开"))).isTrue();
    assertThat(doc.mayContainAny(1, CharSignature.of("复诉"))).isFalse();
    assertThat(doc.mayContainAll(1, CharSignature.of(""))).isTrue();
  }

  @Test
  void textSignedWhileSplitAgreesWithLinesSignedLater() throws IOException {
    String seed = Files.readString(RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"));
    for (String text : new String[] {seed, seed.replace("\n", "\r\n"), seed.replace("\n", "\r"), "甲\n\n\n", "", "\n乙"}) {
      SourceDocument signedWhileSplit = SourceDocument.ofText("r.txt", "txt", text);
      SourceDocument signedLater = new SourceDocument("r.txt", "txt", SourceDocument.splitLines(text), null);
      assertThat(signedWhileSplit).isEqualTo(signedLater);
      for (int n = 1; n <= signedLater.lineCount(); n++) {
        for (char c : (signedLater.line(n) + "政府信息公开年度报告xyz").toCharArray()) {
          long[] one = CharSignature.of(String.valueOf(c));
          assertThat(signedWhileSplit.mayContainAll(n, one)).isEqualTo(signedLater.mayContainAll(n, one));
        }
      }
    }
  }
}
