package io.gaokai.lint.core.logging;

import java.net.URI;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;

/** Hands out the one {@link QuietLoggerContext}: every caller gets loggers that discard events. */
final class QuietLoggerContextFactory implements LoggerContextFactory {

  private final LoggerContext context = new QuietLoggerContext();

  @Override
  public LoggerContext getContext(
      String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
    return context;
  }

  @Override
  public LoggerContext getContext(
      String fqcn,
      ClassLoader loader,
      Object externalContext,
      boolean currentContext,
      URI configLocation,
      String name) {
    return context;
  }

  @Override
  public void removeContext(LoggerContext removed) {
    // The single context lives as long as the factory: nothing to remove.
  }

  @Override
  public boolean isClassLoaderDependent() {
    return false;
  }
}
