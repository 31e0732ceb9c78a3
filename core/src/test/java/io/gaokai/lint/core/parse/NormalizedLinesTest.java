package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ideograph signature only rules lines out; it never changes what contains() answers. */
class NormalizedLinesTest {

  @Test
  void containsAgreesWithSearchingTheNormalisedTextOnEveryLineOfARealReport() throws IOException {
    String seed = Files.readString(RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"));
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", seed);
    NormalizedLines lines = new NormalizedLines(doc);
    Random random = new Random(3);
    int found = 0;
    int checked = 0;
    for (int n = 1; n <= doc.lineCount(); n++) {
      String text = lines.text(n);
      for (int k = 0; k < 40 && text.length() > 0; k++) {
        // a piece of this line (found), or of another line (mostly not)
        String source = random.nextBoolean() ? text : lines.text(1 + random.nextInt(doc.lineCount()));
        if (source.isEmpty()) {
          continue;
        }
        int from = random.nextInt(source.length());
        String needle = source.substring(from, Math.min(source.length(), from + 1 + random.nextInt(8)));
        boolean expected = text.contains(needle);
        assertThat(lines.contains(n, needle)).as("line %d, “%s”", n, needle).isEqualTo(expected);
        found += expected ? 1 : 0;
        checked++;
      }
    }
    assertThat(found).isGreaterThan(checked / 3).isLessThan(checked);
  }

  @Test
  void aLabelWrittenWithFullWidthCharactersIsStillFound() {
    SourceDocument doc = SourceDocument.ofText("r.txt", "txt", "第二十条第（一）项\n无关的一行\n");
    NormalizedLines lines = new NormalizedLines(doc);

    assertThat(lines.contains(1, "第二十条第(一)项")).isTrue();
    assertThat(lines.contains(2, "第二十条第(一)项")).isFalse();
  }
}
