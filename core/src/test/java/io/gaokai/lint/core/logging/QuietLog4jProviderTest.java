package io.gaokai.lint.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

class QuietLog4jProviderTest {

  @Test
  void isTheLog4jProviderWhenNoLoggingImplementationIsPresent() {
    assertThat(LogManager.getFactory()).isInstanceOf(QuietLoggerContextFactory.class);
  }

  @Test
  void discardsEveryEvent() {
    Logger logger = LogManager.getLogger("org.apache.poi.openxml4j.opc.ZipPackage");

    assertThat(logger.isErrorEnabled()).isFalse();
    assertThat(logger.isFatalEnabled()).isFalse();
  }
}
