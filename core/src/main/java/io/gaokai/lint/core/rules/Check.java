package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.Span;
import java.util.Map;

/** A configured check: finds one kind of defect in a report and reports each occurrence. */
@FunctionalInterface
public interface Check {

  void run(CheckContext context, Reporter reporter);

  /** Receives the occurrences a check finds. */
  @FunctionalInterface
  interface Reporter {
    /**
     * Reports one occurrence.
     *
     * @param span where
     * @param args the values for the rule's message placeholders
     * @param data what the finding knows as data: expected value, cells, a replacement
     */
    void report(Span span, Map<String, LocalizedText> args, FindingData data);

    /** Reports an occurrence that carries no data beyond its message. */
    default void report(Span span, Map<String, LocalizedText> args) {
      report(span, args, FindingData.NONE);
    }
  }
}
