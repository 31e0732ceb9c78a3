package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline matches a report however the run names it, and a baseline of another version is refused clearly. */
class BaselineFilesTest {

  @TempDir Path tmp;

  @Test
  void anAbsoluteAndARelativePathToOneReportAreOneKey() {
    String relative = "reports-examples/seeds/000_3743be2e1fd75c63.txt";
    String absolute = Path.of(relative).toAbsolutePath().toString();

    assertThat(Baseline.fileKey(absolute)).isEqualTo(relative);
    assertThat(Baseline.fileKey("./reports-examples/seeds/../seeds/000_3743be2e1fd75c63.txt")).isEqualTo(relative);
    assertThat(Baseline.fileKey("<stdin>")).isEqualTo("<stdin>");
  }

  @Test
  void aBaselineOfAnotherVersionIsRefusedSayingHowToWriteItAgain() throws IOException {
    Path old = Files.writeString(tmp.resolve("baseline.json"), "{\"version\": 7, \"tool\": \"gaokai-lint\", \"findings\": []}");

    assertThatThrownBy(() -> Baseline.read(old))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("the baseline is of version 7; this tool reads version 1: write it again with --write-baseline");
  }
}
