package io.gaokai.lint.core.output;

import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Applicability;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.Mark;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules an output describes: those of the rule set that was run, in its order, followed by the
 * pseudo-rule of unreadable inputs ({@link Linter#INPUT_RULE_ID}), which no rule set defines.
 */
public final class RuleCatalog {

  /** The pseudo-rule of unreadable inputs, as rule metadata. */
  public static final Rule INPUT_RULE =
      new Rule(
          Linter.INPUT_RULE_ID,
          "input",
          Category.INPUT,
          Severity.ERROR,
          new LocalizedText("无法读取报告", "Report cannot be read"),
          new LocalizedText("无法读取报告", "cannot read the report"),
          Linter.INPUT_RULE_DESCRIPTION,
          new LocalizedText(
              "确认文件存在、可读、不为空，且是 txt、md 或 html 格式的报告正文；Word 或 PDF 请先转换为文本。",
              "Check that the file exists, is readable, is not empty and is the report text as txt, md or html."),
          Applicability.NEVER,
          (context, reporter) -> { },
          new Mark("gaokai-lint", 1, 1));

  private final List<Rule> rules;
  private final Map<String, Integer> index = new HashMap<>();

  /** The catalog of a rule set; {@code ruleSet} may be null (only the pseudo-rule). */
  public RuleCatalog(RuleSet ruleSet) {
    List<Rule> all = new ArrayList<>(ruleSet == null ? List.of() : ruleSet.rules());
    if (all.stream().noneMatch(r -> r.id().equals(Linter.INPUT_RULE_ID))) {
      all.add(INPUT_RULE);
    }
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id(), i);
    }
    this.rules = Collections.unmodifiableList(all);
  }

  /** Every rule, in a stable order (the rule set's, then the pseudo-rule). */
  public List<Rule> rules() {
    return rules;
  }

  /** The position of a rule in {@link #rules()}, if it is there. */
  public OptionalInt indexOf(String ruleId) {
    Integer i = index.get(ruleId);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  public Optional<Rule> rule(String ruleId) {
    Integer i = index.get(ruleId);
    return i == null ? Optional.empty() : Optional.of(rules.get(i));
  }
}
