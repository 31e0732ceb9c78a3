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
    boolean lint = lintsReports(args);
    RuleSetLoader loader = lint ? RuleSetLoader.preloading("national") : new RuleSetLoader();
    if (lint) {
      java.util.concurrent.CompletableFuture.runAsync(Main::warmUpParser);
    }
    return commandLine(loader).execute(args);
  }

  /**
   * Reads a few lines of a report on an idle core while the options are parsed: the parser's
   * classes, patterns and the NFKC normaliser's data are then ready when the first report comes.
   * Its result is thrown away; it reads no file.
   */
  private static void warmUpParser() {
    new io.gaokai.lint.core.parse.ReportParser()
        .parse(io.gaokai.lint.core.model.SourceDocument.ofText("warm-up", "txt", WARM_UP));
  }

  private static final String WARM_UP =
      "某局2023年政府信息公开工作年度报告\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
          + "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n"
          + "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n四、政府信息公开行政复议、行政诉讼情况\n"
          + "行政复议\t行政诉讼\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

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
