package io.gaokai.lint.cli;

import io.gaokai.lint.core.Baseline;
import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.LintRun;
import io.gaokai.lint.core.ParseAhead;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gaokai-lint [OPTIONS] PATH...}: lints reports and prints findings. */
@Command(
    name = "gaokai-lint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    subcommands = {ConfigCommand.class, RulesCommand.class},
    usageHelpAutoWidth = true,
    description = {
      "检查政府信息公开工作年度报告是否符合全国统一格式。",
      "Checks 政府信息公开工作年度报告 (annual reports on government information disclosure) against the national format."
    },
    exitCodeListHeading = "%n退出码 / Exit codes:%n",
    exitCodeList = {
      "0:没有达到 --fail-on 级别的问题 / nothing at or above --fail-on",
      "1:有达到 --fail-on 级别的问题 / findings at or above --fail-on",
      "2:用法、配置或规则文件错误 / usage, configuration or rule-file error",
      "3:有输入无法读取 / an input could not be read"
    })
public final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Where rule sets come from; {@link Main} passes one that already started loading the built-in set. */
  final io.gaokai.lint.core.rules.RuleSetLoader ruleLoader;

  /** Reports {@link Main} started parsing before the options were parsed. */
  final ParseAhead parsedAhead;

  public LintCommand() {
    this(new io.gaokai.lint.core.rules.RuleSetLoader(), ParseAhead.NONE);
  }

  LintCommand(io.gaokai.lint.core.rules.RuleSetLoader ruleLoader, ParseAhead parsedAhead) {
    this.ruleLoader = ruleLoader;
    this.parsedAhead = parsedAhead;
  }

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "报告文件或目录；- 表示标准输入 / report files or directories; - reads standard input")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "输出格式 / output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
      completionCandidates = FormatNames.class)
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "把输出写入文件而不是标准输出 / write the output to FILE instead of standard output")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "达到该级别即以退出码 1 结束 / exit 1 at or above: error, warning, info, never (default: ${DEFAULT-VALUE})")
  String failOn;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "消息语言 / message language: zh, en (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--stdin-format", paramLabel = "KIND", description = "标准输入的文件类型（默认自动识别）/ kind of standard input: txt, md, html (default: sniffed)")
  String stdinFormat;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50", description = "单个文件大小上限（MB）/ largest input in MB (default: ${DEFAULT-VALUE})")
  long maxFileSizeMb;

  boolean langGiven() {
    return spec.commandLine().getParseResult().hasMatchedOption("--lang");
  }

  boolean failOnGiven() {
    return spec.commandLine().getParseResult().hasMatchedOption("--fail-on");
  }

  /** Candidates for --format. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Formatters.names().iterator();
    }
  }

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "并行检查的线程数（默认为 CPU 核数；输出顺序不变）/ files linted in parallel (default: the number of cores; output order is unchanged)")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "配置文件（默认：从每个报告所在目录向上查找 .gaokai-lint.yaml）/ configuration file (default: the nearest .gaokai-lint.yaml above each report)")
  Path config;

  @Option(names = "--report", paramLabel = "FORMAT:FILE",
      description = "另外写一份报告（可重复），如 sarif:out.sarif / also write FORMAT to FILE (repeatable), e.g. sarif:out.sarif")
  List<String> reports = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "FILE", description = "只把基线中没有的问题算作失败 / fail only on findings not in this baseline")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "把本次的问题记录为基线 / record this run's findings as a baseline")
  Path writeBaseline;

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty()) {
      return usage("缺少要检查的文件或目录 / missing PATH: give report files or directories");
    }
    if (jobs < 1) {
      return usage("--jobs 必须至少为 1 / --jobs must be at least 1");
    }
    RunSettings settings;
    try {
      settings = RunSettings.resolve(this);
    } catch (RunSettings.UsageException e) {
      return usage(e.getMessage());
    } catch (RuleDefinitionException e) {
      return configError(e);
    }
    Lang language = settings.lang();
    PrintWriter err = spec.commandLine().getErr();
    for (String[] problem : settings.collected().problems()) {
      err.println("gaokai-lint: " + (language.english() ? problem[1] : problem[0]));
    }
    err.flush();

    Baseline known = null;
    if (baseline != null) {
      try {
        known = Baseline.read(baseline);
      } catch (IOException e) {
        return usage(e.getMessage());
      }
    }
    FormatContext context = new FormatContext(Version.get(), language, settings.failOn(), settings.rulesForMetadata());
    List<Writer> opened = new ArrayList<>();
    RunSummary summary;
    Path stdinCopy = null;
    try {
      List<LintRun.Output> outputs = new ArrayList<>();
      Writer main = open(output);
      opened.add(main);
      outputs.add(new LintRun.Output(Formatters.create(format, context), main));
      for (RunSettings.ExtraReport extra : settings.extraReports()) {
        Writer w = open(extra.file());
        opened.add(w);
        outputs.add(new LintRun.Output(Formatters.create(extra.format(), context), w));
      }
      if (writeBaseline != null) {
        Writer w = open(writeBaseline);
        opened.add(w);
        outputs.add(new LintRun.Output(Baseline.writer(), w));
      }
      List<InputCollector.Input> inputs = new ArrayList<>();
      if (paths.contains("-")) {
        stdinCopy = Files.createTempFile("gaokai-lint-stdin", ".bin");
        Files.write(stdinCopy, readStdin());
        inputs.add(new InputCollector.Input(stdinCopy, stdinName()));
      }
      inputs.addAll(settings.collected().inputs());
      Baseline b = known;
      summary = LintRun.run(settings::linterFor, inputs, outputs, b == null ? r -> r : b::apply, jobs);
    } finally {
      for (Writer w : opened) {
        w.close();
      }
      if (stdinCopy != null) {
        Files.deleteIfExists(stdinCopy);
      }
    }
    if (known != null) {
      reportStale(known, language, err);
    }
    int code = summary.atOrAbove(settings.failOn()) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    if (summary.unreadable() > 0 || !settings.collected().problems().isEmpty()) {
      code = ExitCode.combine(code, ExitCode.UNREADABLE);
    }
    return code;
  }

  private static void reportStale(Baseline known, Lang language, PrintWriter err) {
    List<Baseline.Entry> stale = known.stale();
    if (stale.isEmpty()) {
      return;
    }
    err.println("gaokai-lint: " + (language.english()
        ? stale.size() + " baseline entr" + (stale.size() == 1 ? "y no longer occurs" : "ies no longer occur") + ":"
        : "基线中有 " + stale.size() + " 项已不再出现："));
    for (Baseline.Entry e : stale) {
      err.println("  " + e.file() + ":" + e.line() + " [" + e.ruleId() + "] " + e.message());
    }
    err.flush();
  }

  private String stdinName() {
    return stdinFormat == null ? "<stdin>" : "<stdin>." + stdinFormat;
  }

  private byte[] readStdin() throws IOException {
    InputStream in = System.in;
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSizeMb * 1024 * 1024 + 1));
  }

  private Writer open(Path file) throws IOException {
    OutputStream stream;
    if (file == null) {
      stream = new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    } else {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      stream = Files.newOutputStream(file);
    }
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("gaokai-lint: " + message);
    spec.commandLine().getErr().println("用法见 / see: gaokai-lint --help");
    return ExitCode.USAGE;
  }

  private int configError(RuleDefinitionException e) {
    spec.commandLine().getErr().println("gaokai-lint: 规则文件错误 / rule file error: " + e.getMessage());
    return ExitCode.USAGE;
  }
}
