package io.gaokai.lint.core.logging;

import java.io.PrintStream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.simple.SimpleLogger;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.util.PropertiesUtil;

/**
 * A logger context whose loggers are switched off: the Log4j API's own {@link SimpleLogger} at
 * level {@link Level#OFF}, so no event is ever formatted or printed.
 */
final class QuietLoggerContext implements LoggerContext {

  /** Never written to: a logger at level OFF prints nothing. */
  private static final PrintStream UNUSED_STREAM = System.err;

  @Override
  public Object getExternalContext() {
    return null;
  }

  @Override
  public ExtendedLogger getLogger(String name) {
    return getLogger(name, null);
  }

  @Override
  public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
    return new SimpleLogger(
        name,
        Level.OFF,
        false,
        false,
        false,
        false,
        null,
        messageFactory,
        PropertiesUtil.getProperties(),
        UNUSED_STREAM);
  }

  @Override
  public boolean hasLogger(String name) {
    return false;
  }

  @Override
  public boolean hasLogger(String name, MessageFactory messageFactory) {
    return false;
  }

  @Override
  public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
    return false;
  }
}
