package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.Report;

/**
 * What a rule sees: the report being checked and, when the run has it, the same organ's report for
 * the year before (and the name of the file it came from, for messages).
 *
 * @param report the report being checked
 * @param previous last year's report of the same organ, or null
 * @param previousFile the name of the file {@code previous} was read from, or null
 */
public record CheckContext(Report report, Report previous, String previousFile) {

  public static CheckContext of(Report report) {
    return new CheckContext(report, null, null);
  }
}
