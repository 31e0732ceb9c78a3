package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes the findings of a run in one output format. Results arrive one file at a time, in a
 * stable order, so a formatter can stream and need not hold the whole run in memory. One instance
 * per output; not shared between threads.
 */
public interface FindingsFormatter {

  /** Called once before the first file. */
  void begin(Writer out) throws IOException;

  /** Called once per input, in output order. */
  void file(FileResult result, Writer out) throws IOException;

  /** Called once after the last file. */
  void end(RunSummary summary, Writer out) throws IOException;
}
