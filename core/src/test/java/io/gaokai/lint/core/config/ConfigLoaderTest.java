package io.gaokai.lint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  private final ConfigLoader loader = new ConfigLoader(new RuleSetLoader());

  @Test
  void aConfigurationThatIsADeviceIsRefusedAtOnce() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");

    // reading it to its end once ran out of memory
    RuleDefinitionException e = assertThrows(RuleDefinitionException.class,
        () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> loader.load(zero)));

    assertThat(e.getMessage()).isEqualTo("/dev/zero:1:1: 配置文件不是普通文件（管道、设备等）/ configuration file is not a regular file (a pipe, a device …)");
  }

  @Test
  void aConfigurationGivenAsTextIsReadAsIfFromItsFile() throws RuleDefinitionException {
    Path file = Path.of("reports", ".gaokai-lint.yaml");

    Config config = loader.load(file, "extends: []\nfailOn: warning\nlang: en\n");

    assertThat(config.file()).isEqualTo(file);
    assertThat(config.rules().rules()).isEmpty();
    assertThat(config.failOn().severity()).isEqualTo(Severity.WARNING);
    RuleDefinitionException e = assertThrows(RuleDefinitionException.class, () -> loader.load(file, "extends: []\nlang: fr\n"));
    assertThat(e.mark().file()).isEqualTo(file.toString());
    assertThat(e.mark().line()).isEqualTo(2);
  }
}
