package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are complete or not there: a failed run leaves the previous file, a completed one replaces it. */
class AtomicFileTest {

  @TempDir Path dir;

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void aCompletedRunReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path out = dir.resolve("report.sarif");
    Files.writeString(out, "last run");
    AtomicFile f = AtomicFile.open(out);
    f.writer().write("this run");
    assertThat(Files.readString(out)).as("nothing is in place before the run ends").isEqualTo("last run");

    AtomicFile.finish(List.of(f), null);

    assertThat(Files.readString(out)).isEqualTo("this run");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailedRunLeavesThePreviousCompleteFile() throws IOException {
    Path out = dir.resolve("report.sarif");
    Files.writeString(out, "last run");
    AtomicFile f = AtomicFile.open(out);
    f.writer().write("half of this ru");

    AtomicFile.finish(List.of(f), new IOException("disk full"));

    assertThat(Files.readString(out)).isEqualTo("last run");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aNewFileIsCreatedWithItsDirectoriesAndIsReadableByOthers() throws IOException {
    Path out = dir.resolve("deep/er/findings.json");
    AtomicFile f = AtomicFile.open(out);
    f.writer().write("{}");
    AtomicFile.finish(List.of(f), null);

    assertThat(Files.readString(out)).isEqualTo("{}");
    if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }
  }
}
