package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.RuleDefinitionException;
import picocli.CommandLine.Model.CommandSpec;

/** Error messages of the rules commands, in the form the main command uses: Chinese / English. */
final class CommandErrors {

  private CommandErrors() {}

  /** A usage mistake, in one line; returns {@link ExitCode#USAGE}. */
  static int usage(CommandSpec spec, String message) {
    spec.commandLine().getErr().println("gaokai-lint: " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }

  /** A rule file that cannot be used, with its file:line:column; returns {@link ExitCode#USAGE}. */
  static int ruleFile(CommandSpec spec, RuleDefinitionException e) {
    spec.commandLine().getErr().println("gaokai-lint: 规则文件错误 / rule file error: " + e.getMessage());
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }

  /** Inputs that cannot be read; returns {@link ExitCode#UNREADABLE}. */
  static int unreadable(CommandSpec spec, String message) {
    spec.commandLine().getErr().println("gaokai-lint: " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.UNREADABLE;
  }
}
