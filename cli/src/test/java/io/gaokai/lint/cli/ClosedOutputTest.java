package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Standard output closed under the run (`gaokai-lint -f json dir | head -c 10`): the run ends with
 * a message and exit 2, never exit 0 with its results lost. Run in a JVM of its own, whose output
 * pipe the test closes before reading a byte; the JSON of the bundled examples (over 100 KB) fills
 * the pipe's buffer, so the write fails.
 */
class ClosedOutputTest {

  @Test
  void aClosedPipeOnStandardOutputIsExitTwoWithAMessage() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "-f", "json", "-j", "1", Examples.root().toString()).start();
    p.getInputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("cannot write to standard output");
  }
}
