package io.gaokai.lint.core.model;

import java.util.List;

/**
 * A {@code <!-- gaokai-lint-disable RULE-ID[, RULE-ID]: reason -->} comment: turns the rules off for
 * the part it stands in (the whole document when it stands before the first part).
 *
 * @param ruleIds the rules it turns off ({@code all} for every rule)
 * @param reason the reason after the colon, or empty
 * @param span where the comment is
 * @param firstLine first line of its scope
 * @param lastLine last line of its scope
 */
public record DisableComment(List<String> ruleIds, String reason, Span span, int firstLine, int lastLine) {

  public DisableComment {
    ruleIds = List.copyOf(ruleIds);
  }

  public boolean covers(String ruleId, int line) {
    return line >= firstLine && line <= lastLine && (ruleIds.contains(ruleId) || ruleIds.contains("all"));
  }
}
