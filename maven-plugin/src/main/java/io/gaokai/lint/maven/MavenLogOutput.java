package io.gaokai.lint.maven;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.TextFormatter;
import io.gaokai.lint.core.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The text output, one finding at a time, into the Maven log: errors at error level, warnings at
 * warning level, the rest at info level, each with the lines the command line prints under it
 * (the source line and marker, where to look, how to fix). Suppressed findings (in the report or by
 * the baseline) are left out, as the command line leaves them out. The summary line goes to info.
 */
final class MavenLogOutput implements FindingsFormatter {

  private final Log log;
  private final TextFormatter text;

  MavenLogOutput(Log log, FormatContext context) {
    this.log = log;
    this.text = new TextFormatter(context);
  }

  @Override
  public void begin(Writer ignored) {
    // nothing before the first file
  }

  @Override
  public void file(FileResult result, Writer ignored) throws IOException {
    for (Finding f : result.activeFindings()) {
      StringWriter one = new StringWriter();
      text.file(new FileResult(result.file(), result.kind(), result.report(), List.of(f)), one);
      for (String line : one.toString().split("\n")) {
        switch (f.severity()) {
          case ERROR -> log.error(line);
          case WARNING -> log.warn(line);
          case INFO -> log.info(line);
        }
      }
    }
  }

  @Override
  public void end(RunSummary summary, Writer ignored) throws IOException {
    StringWriter line = new StringWriter();
    text.end(summary, line);
    log.info(line.toString().strip());
  }
}
