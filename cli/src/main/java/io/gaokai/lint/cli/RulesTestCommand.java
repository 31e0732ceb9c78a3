package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.testing.RuleFixture;
import io.gaokai.lint.core.rules.testing.RuleFixtureRunner;
import io.gaokai.lint.core.rules.testing.RuleFixtures;
import io.gaokai.lint.core.rules.testing.RuleTestReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gaokai-lint rules test [DIR] [--rules FILE]}: runs rule fixtures and reports, per rule,
 * true positives, false positives and false negatives. Without DIR, the built-in fixtures against
 * the built-in rules; with DIR, the fixtures in {@code DIR/RULE-ID/} against the built-in rules
 * plus {@code --rules}.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    description = {
      "运行规则用例：标注了应报告（<!-- expect: 规则ID -->）和不应报告（<!-- ok: 规则ID -->）之处的小报告。",
      "Runs rule fixtures: small reports annotated with where findings must (<!-- expect: RULE-ID -->) and must not (<!-- ok: RULE-ID -->) appear."
    },
    exitCodeListHeading = "%n退出码 / Exit codes:%n",
    exitCodeList = {
      "0:全部通过 / every fixture passed",
      "1:有漏报、误报或用例错误 / a miss, an unexpected finding or a broken fixture",
      "2:用法或规则文件错误 / usage or rule-file error",
      "3:用例无法读取或没有用例 / fixtures missing or unreadable"
    })
public final class RulesTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "用例目录，内含以规则 ID 命名的子目录（省略则测试内置规则）/ fixtures directory with one subdirectory per rule id (default: the built-in fixtures)")
  Path dir;

  @Mixin LanguageOption language;

  @Mixin RuleSetOption ruleSet;

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
    List<RuleFixture> fixtures;
    try {
      if (dir == null) {
        fixtures = RuleFixtures.builtIn(RuleSetOption.BUILT_IN, RulesTestCommand.class.getClassLoader());
      } else if (!Files.isDirectory(dir)) {
        return CommandErrors.unreadable(spec, "用例目录不存在 / no such fixtures directory: " + dir);
      } else {
        fixtures = RuleFixtures.fromDirectory(dir);
      }
    } catch (IOException e) {
      return CommandErrors.unreadable(spec, "无法读取用例 / cannot read fixtures: " + e.getMessage());
    }
    if (fixtures.isEmpty()) {
      return CommandErrors.unreadable(spec,
          "没有找到用例（应为 DIR/规则ID/*.txt 或 *.md）/ no fixtures found (expected DIR/RULE-ID/*.txt or *.md): " + (dir == null ? RuleSetOption.BUILT_IN : dir));
    }
    RuleTestReport report = new RuleFixtureRunner(rules).runAll(fixtures);
    PrintWriter out = spec.commandLine().getOut();
    new RuleTestSummary(lang).lines(report).forEach(out::println);
    out.flush();
    return report.passed() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
