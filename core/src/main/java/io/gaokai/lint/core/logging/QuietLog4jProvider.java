package io.gaokai.lint.core.logging;

import org.apache.logging.log4j.spi.LoggerContextFactory;
import org.apache.logging.log4j.spi.NoOpThreadContextMap;
import org.apache.logging.log4j.spi.Provider;
import org.apache.logging.log4j.spi.ThreadContextMap;

/**
 * The Log4j provider of last resort: discards every log event. POI logs through the Log4j API, and
 * so does PDFBox (commons-logging 1.3+ prefers the Log4j API when it is present). Without any
 * provider the Log4j API prints "Log4j API could not find a logging provider" (Log4j 2.24 writes it
 * to stdout, where it would corrupt JSON or SARIF output) and then prints the libraries' errors
 * itself.
 *
 * <p>Registered through {@code META-INF/services/org.apache.logging.log4j.spi.Provider} with the
 * lowest priority, so an application that brings a real Log4j implementation (log4j-core, priority
 * 10; log4j-to-slf4j, 15) still gets POI's and PDFBox's messages. Unlike setting the {@code
 * log4j.provider} system property, this changes no global state.
 */
public final class QuietLog4jProvider extends Provider {

  /** Lower than any provider shipped by Log4j, so that a real implementation always wins. */
  private static final int PRIORITY = 1;

  /**
   * The Log4j API versions this provider is written against (the SPI version, as Log4j names it).
   */
  private static final String API_VERSIONS = "2.6.0";

  private final LoggerContextFactory factory = new QuietLoggerContextFactory();

  /** Called by the Log4j API's service loader. */
  public QuietLog4jProvider() {
    super(PRIORITY, API_VERSIONS);
  }

  @Override
  public LoggerContextFactory getLoggerContextFactory() {
    return factory;
  }

  @Override
  public ThreadContextMap getThreadContextMapInstance() {
    return new NoOpThreadContextMap();
  }
}
