package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * POI and PDFBox log through the Log4j API, which, finding no logging provider, prints "Log4j API
 * could not find a logging provider" the first time it is used: Log4j 2.24's status logger writes
 * it to stdout, where it would corrupt JSON or SARIF output. This runs the readers in a fresh JVM,
 * where that first use happens, and demands that it print nothing at all.
 */
class ReadingDocxAndPdfLeavesStdoutAndStderrCleanTest {

  /** Reads every file named on the command line; prints nothing, whatever happens. */
  static final class Probe {

    public static void main(String[] paths) throws IOException {
      Readers readers = new Readers();
      int unreadable = 0;
      for (String path : paths) {
        try {
          readers.read(path, Files.readAllBytes(Path.of(path)));
        } catch (InputException expected) {
          unreadable++;
        }
      }
      System.exit(unreadable);
    }
  }

  @Test
  @Timeout(60) // a hung child JVM would otherwise hang the build
  void poiAndPdfBoxPrintNothing() throws IOException, InterruptedException {
    Path hostile = RepositoryFiles.root().resolve("core/src/test/resources/hostile");
    List<String> inputs =
        List.of(
            example("docx", "003_5a79b1ae846fe1fc").toString(),
            example("doc", "003_5a79b1ae846fe1fc").toString(),
            example("pdf", "003_5a79b1ae846fe1fc").toString(),
            hostile.resolve("zip-bomb.docx").toString(),
            hostile.resolve("encrypted.pdf").toString());

    ChildJvm.Result result = ChildJvm.run(List.of(), Probe.class, inputs);

    assertThat(result.exitCode()).as("exit code: the number of unreadable inputs").isEqualTo(2);
    assertThat(result.output()).as("stdout and stderr of the reading JVM").isEmpty();
  }
}
