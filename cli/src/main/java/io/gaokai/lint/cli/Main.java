package io.gaokai.lint.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import io.gaokai.lint.core.rules.RuleSetLoader;
import picocli.CommandLine;

/** Entry point of the runnable jar: builds the command line and maps every outcome to an exit code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests too). */
  public static int run(String... args) {
    RuleSetLoader loader = lintsReports(args) ? RuleSetLoader.preloading("national") : new RuleSetLoader();
    return commandLine(loader).execute(args);
  }

  /**
   * Whether the arguments ask for a lint run (not help, the version or a subcommand): only then is
   * the built-in rule set worth loading in the background while the options are parsed.
   */
  private static boolean lintsReports(String... args) {
    if (args.length == 0 || args[0].equals("rules") || args[0].equals("config")) {
      return false;
    }
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return false;
      }
    }
    return true;
  }

  static CommandLine commandLine() {
    return commandLine(new RuleSetLoader());
  }

  private static CommandLine commandLine(RuleSetLoader loader) {
    CommandLine cl = new CommandLine(new LintCommand(loader));
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("gaokai-lint: " + e.getMessage());
      c.getErr().println("用法见 / see: gaokai-lint --help");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      c.getErr().println("gaokai-lint: 内部错误 / internal error: " + e);
      return ExitCode.USAGE;
    });
    return cl;
  }
}
