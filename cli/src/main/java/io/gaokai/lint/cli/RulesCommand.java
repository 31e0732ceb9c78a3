package io.gaokai.lint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gaokai-lint rules}: the rule sets themselves. Lists rules, explains one with examples from
 * its fixtures, runs rule fixtures, and prints the JSON Schema of rule files.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    description = {
      "列出、解释和测试检查规则。",
      "Lists, explains and tests the rules."
    },
    subcommands = {RulesListCommand.class, RulesExplainCommand.class, RulesTestCommand.class, RulesSchemaCommand.class},
    exitCodeListHeading = "%n退出码 / Exit codes:%n",
    exitCodeList = {
      "0:成功；rules test：全部用例通过 / success; rules test: every fixture passed",
      "1:rules test：有用例未通过 / rules test: a fixture failed",
      "2:用法或规则文件错误 / usage or rule-file error",
      "3:用例无法读取 / a fixture could not be read"
    })
public final class RulesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "缺少子命令 / missing subcommand: list, explain, test, schema");
  }
}
