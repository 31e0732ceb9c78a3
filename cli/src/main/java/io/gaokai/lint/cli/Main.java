package io.gaokai.lint.cli;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.ParseAhead;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.parse.ReportParser;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Entry point of the runnable jar: builds the command line and maps every outcome to an exit code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (used by tests too). */
  public static int run(String... args) {
    if (!lintsReports(args)) {
      return commandLine(new RuleSetLoader(), ParseAhead.NONE).execute(args);
    }
    RuleSetLoader loader = RuleSetLoader.preloading(RuleSetOption.BUILT_IN);
    ParseAhead ahead = ParseAhead.of(List.of(args), PARSED_AHEAD);
    warmUp(loader, ahead);
    return commandLine(loader, ahead).execute(args);
  }

  /** How many of the files named on the command line are read and parsed while it starts up. */
  private static final int PARSED_AHEAD = 2;

  /**
   * Uses the core that would idle while picocli builds its model and parses the options: reads and
   * parses the first files named on the command line ({@link ParseAhead}), then, once the
   * built-in rules (loading on another thread) are ready, runs every check on the first of them
   * and writes the findings as text to nowhere. The run then takes those parsed reports, and finds
   * the classes of the readers, the parser, the checks and the output loaded and initialised. With
   * no such file (a directory, standard input), a small made-up report stands in. Whatever goes
   * wrong here is the run's to meet and report, so it is ignored.
   */
  private static void warmUp(RuleSetLoader loader, ParseAhead ahead) {
    Thread warm = new Thread(() -> {
      try {
        List<Report> parsed = ahead.run();
        Linter linter = new Linter(loader.builtIn(RuleSetOption.BUILT_IN));
        Report report = parsed.isEmpty()
            ? linter.parse(new Readers().read("warm-up.txt", WARM_UP.getBytes(StandardCharsets.UTF_8)))
            : parsed.get(0);
        FileResult result = new FileResult(report.source().name(), report.source().kind(), report, linter.check(report));
        FindingsFormatter text = Formatters.create("text", new FormatContext(Version.get(), Lang.ZH, Severity.ERROR, linter.rules()));
        Writer sink = Writer.nullWriter();
        text.begin(sink);
        text.file(result, sink);
        text.end(RunSummary.EMPTY.add(result), sink);
      } catch (InputException | RuleDefinitionException | IOException | RuntimeException e) {
        // ignored: see above
      }
    }, "gaokai-lint-warm-up");
    warm.setDaemon(true);
    warm.start();
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
    return commandLine(new RuleSetLoader(), ParseAhead.NONE);
  }

  private static CommandLine commandLine(RuleSetLoader loader, ParseAhead ahead) {
    CommandLine cl = new CommandLine(new LintCommand(loader, ahead));
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      // picocli's own words (an unknown option, a missing value): one line, with where help is
      String command = c.getCommandSpec().qualifiedName(" ");
      c.getErr().println("gaokai-lint: " + e.getMessage() + "（用法见 / see: " + command + " --help）");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      c.getErr().println("gaokai-lint: 内部错误 / internal error: " + e);
      return ExitCode.USAGE;
    });
    return cl;
  }
}
