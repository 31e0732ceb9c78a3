package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.Span;
import java.util.Comparator;
import java.util.Map;

/**
 * One problem found in one report.
 *
 * @param ruleId the rule that found it
 * @param category what kind of defect
 * @param severity how serious
 * @param message what is wrong, in Chinese and English
 * @param file the file it was found in (as given by the user)
 * @param span where; never null ({@code 1:1} for document-wide findings)
 * @param args the placeholder values the message was made from ({@code expected}, {@code actual},
 *     {@code row}, ...); may be empty
 * @param data what the finding knows as data (expected value, cells, replacement), for outputs
 * @param suppression why it does not count, or null when it does
 */
public record Finding(
    String ruleId,
    Category category,
    Severity severity,
    LocalizedText message,
    String file,
    Span span,
    Map<String, LocalizedText> args,
    FindingData data,
    Suppression suppression) {

  public Finding {
    args = args == null ? Map.of() : Map.copyOf(args);
    data = data == null ? FindingData.NONE : data;
  }

  /** An active finding with the values its message was made from. */
  public Finding(
      String ruleId, Category category, Severity severity, LocalizedText message, String file, Span span,
      Map<String, LocalizedText> args) {
    this(ruleId, category, severity, message, file, span, args, FindingData.NONE, null);
  }

  /** An active finding without placeholder values. */
  public Finding(String ruleId, Category category, Severity severity, LocalizedText message, String file, Span span) {
    this(ruleId, category, severity, message, file, span, Map.of(), FindingData.NONE, null);
  }

  /** Whether it counts towards the exit code and failing outputs. */
  public boolean isActive() {
    return suppression == null;
  }

  /** The same finding at another place (the same place in another rendering of the text). */
  public Finding at(Span place, FindingData placedData) {
    return new Finding(ruleId, category, severity, message, file, place, args, placedData, suppression);
  }

  public Finding suppressedBy(Suppression s) {
    return new Finding(ruleId, category, severity, message, file, span, args, data, s);
  }

  /** Findings of one file in reading order, then by rule id: stable output across runs. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt((Finding f) -> f.span().line())
          .thenComparingInt(f -> f.span().column())
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.message().zh());
}
