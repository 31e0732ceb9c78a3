package io.gaokai.lint.core.rules;

import java.util.Map;

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
 * @param options the options of its check kind as written (every key besides the common ones such
 *     as {@code id} and {@code message}), in file order; for documentation such as
 *     {@code rules explain}
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
    Mark origin,
    YamlNode.Mapping options) {

  public Rule {
    options = options == null ? new YamlNode.Mapping(Map.of(), Map.of(), origin) : options;
  }

  /** A rule whose options are not known (built in code rather than read from a rule file). */
  public Rule(
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
    this(id, type, category, severity, name, message, description, help, when, check, origin, null);
  }

  public Rule withSeverity(Severity newSeverity) {
    return new Rule(id, type, category, newSeverity, name, message, description, help, when, check, origin, options);
  }
}
