package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.DidYouMean;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.testing.RuleFixture;
import io.gaokai.lint.core.rules.testing.RuleFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gaokai-lint rules explain ID}: everything about one rule, with an example it fires on and
 * one it stays quiet on, from its fixtures.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    description = {"解释一条规则：说明、修正方法、类型、选项、适用范围，以及用例中的正反例子。",
        "Explains a rule: description, help, type, options, when, and examples from its fixtures."})
public final class RulesExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "规则 ID / rule id, e.g. three-balance")
  String id;

  @Mixin LanguageOption language;

  @Mixin RuleSetOption ruleSet;

  @Option(names = "--fixtures", paramLabel = "DIR", description = "另找例子的用例目录（DIR/规则ID/*.txt|md）/ more fixtures to take examples from (DIR/RULE-ID/*.txt|md)")
  Path fixturesDir;

  @Override
  public Integer call() {
    Lang lang;
    try {
      lang = language.lang();
    } catch (IllegalArgumentException e) {
      return CommandErrors.usage(spec, e.getMessage());
    }
    RuleSet rules;
    try {
      rules = ruleSet.load();
    } catch (RuleDefinitionException e) {
      return CommandErrors.ruleFile(spec, e);
    }
    Rule rule = rules.rule(id).orElse(null);
    if (rule == null) {
      return CommandErrors.usage(spec, "没有名为 “" + id + "” 的规则 / no rule named “" + id + "”" + suggestions(rules));
    }
    List<RuleFixture> fixtures = new ArrayList<>();
    try {
      fixtures.addAll(RuleFixtures.builtIn(RuleSetOption.BUILT_IN, RulesExplainCommand.class.getClassLoader()));
      if (fixturesDir != null) {
        if (!Files.isDirectory(fixturesDir)) {
          return CommandErrors.unreadable(spec, "不是目录 / not a directory: " + fixturesDir);
        }
        fixtures.addAll(RuleFixtures.fromDirectory(fixturesDir));
      }
    } catch (IOException e) {
      return CommandErrors.unreadable(spec, "无法读取用例 / cannot read fixtures: " + e.getMessage());
    }
    List<RuleFixture> own = fixtures.stream().filter(f -> rule.id().equals(f.ruleId())).toList();
    PrintWriter out = spec.commandLine().getOut();
    new RuleExplanation(rules, lang).lines(rule, own).forEach(out::println);
    out.flush();
    return ExitCode.OK;
  }

  /** The id closest to the one asked for, else the ids containing it, else where to look. */
  private String suggestions(RuleSet rules) {
    List<String> ids = rules.rules().stream().map(Rule::id).toList();
    List<String> close = DidYouMean.closest(id, ids).map(List::of)
        .orElse(ids.stream().filter(r -> id.length() >= 3 && (r.contains(id) || id.contains(r))).toList());
    return close.isEmpty() ? "；见 / see: gaokai-lint rules list" : "；是否想找 / did you mean: " + String.join(", ", close);
  }
}
