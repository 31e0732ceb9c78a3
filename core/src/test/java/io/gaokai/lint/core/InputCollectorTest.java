package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

  @TempDir Path tmp;

  @Test
  void keepsABrokenLinkToAReportSoThatItGetsAFinding() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("reports"));
    Files.writeString(dir.resolve("a.txt"), "报告");
    Files.createSymbolicLink(dir.resolve("b.txt"), tmp.resolve("deleted.txt"));
    Files.createSymbolicLink(dir.resolve("notes.csv"), tmp.resolve("deleted.csv"));

    InputCollector.Collected collected = InputCollector.collect(List.of(dir.toString()));

    assertThat(collected.inputs()).extracting(InputCollector.Input::path)
        .containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
    assertThat(collected.problems()).isEmpty();
  }

  @Test
  void reportsALinkLoopAndCollectsTheFilesAroundIt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("reports/sub"));
    Files.writeString(dir.resolve("a.txt"), "报告");
    Files.createSymbolicLink(dir.resolve("up"), tmp.resolve("reports"));

    InputCollector.Collected collected = InputCollector.collect(List.of(tmp.resolve("reports").toString()));

    assertThat(collected.inputs()).extracting(InputCollector.Input::path).containsExactly(dir.resolve("a.txt"));
    assertThat(collected.problems()).singleElement()
        .satisfies(p -> assertThat(p[1]).isEqualTo("skipped a directory link loop: " + dir.resolve("up")));
  }
}
