package io.gaokai.lint.core.rules.testing;

import io.gaokai.lint.core.rules.LocalizedText;

/**
 * A fixture that cannot be run as written: a malformed annotation, an annotation with no line to
 * apply to, a rule that does not exist, a file that cannot be linted. Fails the fixture.
 *
 * @param line the 1-based line concerned, or 0 for the whole fixture
 * @param ruleId the rule concerned, or null
 * @param message what is wrong
 */
public record FixtureProblem(int line, String ruleId, LocalizedText message) {}
