package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.Report;

/** A configured check: finds one kind of defect in a report and reports each occurrence. */
@FunctionalInterface
public interface Check {

  void run(Report report, Reporter reporter);

  /** Receives the occurrences a check finds. */
  @FunctionalInterface
  interface Reporter {
    /**
     * Reports one occurrence.
     *
     * @param span where
     * @param args the values for the rule's message placeholders
     */
    void report(io.gaokai.lint.core.model.Span span, java.util.Map<String, LocalizedText> args);
  }
}
