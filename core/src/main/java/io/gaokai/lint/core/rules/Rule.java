package io.gaokai.lint.core.rules;

/**
 * A rule as loaded from a rule set: identity, metadata and its configured check.
 *
 * @param id stable id, e.g. {@code three-balance}
 * @param type the check kind
 * @param category the defect category
 * @param severity the severity of its findings
 * @param name a short title
 * @param message the finding message, with placeholders
 * @param description what the rule checks
 * @param help how to fix what it finds
 * @param when which reports it applies to
 * @param check the configured check
 * @param origin where the rule is defined
 */
public record Rule(
    String id,
    String type,
    Category category,
    Severity severity,
    LocalizedText name,
    LocalizedText message,
    LocalizedText description,
    LocalizedText help,
    Applicability when,
    Check check,
    Mark origin) {

  public Rule withSeverity(Severity newSeverity) {
    return new Rule(id, type, category, newSeverity, name, message, description, help, when, check, origin);
  }
}
