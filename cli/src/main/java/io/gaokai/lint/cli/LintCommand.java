package io.gaokai.lint.cli;

import io.gaokai.lint.core.LintExecutor;
import io.gaokai.lint.core.LintOutcome;
import io.gaokai.lint.core.LintRequest;
import io.gaokai.lint.core.ParseAhead;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.output.RuleDocs;
import io.gaokai.lint.core.rules.DidYouMean;
import java.io.IOException;
import java.io.PrintWriter;
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

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description = "上一年度的报告，用于与上年比较（如上年结转）/ last year's report, for the checks against last year (carried-over applications)")
  Path previous;

  @Option(
      names = "--allow-rules-from",
      paramLabel = "DIR",
      description = "允许配置文件的 extends 与 format 读取此目录（项目之外）中的规则文件，可重复 / let extends and format in configuration files read rule files under this directory outside the project (repeatable)")
  List<Path> allowRulesFrom = new ArrayList<>();

  @Option(
      names = "--no-pair-years",
      negatable = false,
      description = "不在本次检查的报告中自动配对同一机关的上下年报告 / do not pair the run's reports with last year's report of the same organ")
  boolean noPairYears;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "把本次的问题记录为基线 / record this run's findings as a baseline")
  Path writeBaseline;

  @Option(
      names = "--docs-url",
      paramLabel = "URL",
      description = "规则文档（docs/rules.md）的发布地址，SARIF 中每条规则链接到 URL#规则ID（默认：随工具安装的 docs/rules.md）"
          + " / where the rule documentation (docs/rules.md) is published; SARIF links each rule to URL#RULE-ID"
          + " (default: the docs/rules.md installed with the tool, if any)")
  String docsUrl;

  @Option(
      names = "--annotate",
      paramLabel = "DIR",
      description = "在 DIR 中写出每份 Word 报告（docx、doc）的副本，每个问题在其段落或单元格上加一条批注；原文件不变 / write to DIR a copy of each Word report"
          + " (docx, doc) with one comment per finding on its paragraph or table cell; the originals are not changed")
  Path annotate;

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty()) {
      return usage("缺少要检查的文件或目录 / missing PATH: give report files or directories");
    }
    if (jobs < 1) {
      return usage("--jobs 必须至少为 1 / --jobs must be at least 1");
    }
    String badValue = firstBadValue();
    if (badValue != null) {
      return usage(badValue);
    }
    if (maxFileSizeMb <= 0) {
      return usage("--max-file-size 必须大于 0 / must be positive");
    }
    RuleDocs ruleDocs;
    if (docsUrl != null) {
      try {
        ruleDocs = RuleDocs.at(RuleDocs.parse(docsUrl));
      } catch (IllegalArgumentException e) {
        return usage("--docs-url " + e.getMessage());
      }
    } else {
      ruleDocs = RuleDocs.installed(codeSource());
    }
    LintRequest.Builder request = LintRequest.builder()
        .paths(paths.stream().filter(p -> !p.equals("-")).toList())
        .config(config)
        .baseline(baseline)
        .previous(previous)
        .allowRulesFrom(allowRulesFrom)
        .pairYears(!noPairYears)
        .writeBaseline(writeBaseline)
        .jobs(jobs)
        .maxFileSizeMb(maxFileSizeMb)
        .lang(langGiven() ? lang : null)
        .failOn(failOnGiven() ? failOn : null)
        .toolVersion(Version.get())
        .ruleDocs(ruleDocs)
        .annotateDirectory(annotate)
        .output(output == null ? LintRequest.Output.stream(format, System.out) : LintRequest.Output.file(format, output));
    for (String r : reports) {
      int colon = r.indexOf(':');
      if (colon <= 0 || colon == r.length() - 1 || !Formatters.exists(r.substring(0, colon))) {
        String[] hint = colon > 0 ? DidYouMean.hint(r.substring(0, colon), Formatters.names()) : new String[] {"", ""};
        return usage("--report 应写作 FORMAT:FILE，FORMAT 为 " + Formatters.names() + hint[0] + " / --report takes FORMAT:FILE with FORMAT one of "
            + Formatters.names() + hint[1] + ": " + r);
      }
      request.output(LintRequest.Output.file(r.substring(0, colon), Path.of(r.substring(colon + 1))));
    }
    if (paths.contains("-")) {
      request.standardInput(System.in, stdinName());
    }
    PrintWriter err = spec.commandLine().getErr();
    LintOutcome outcome = new LintExecutor(ruleLoader, parsedAhead).execute(request.build(), line -> {
      err.println(io.gaokai.lint.core.output.TerminalText.safe(line));
      err.flush();
    });
    if (outcome.error() != null) {
      return outcome.error().kind() == LintOutcome.SetupError.Kind.CONFIGURATION
          ? configError(outcome.error().message())
          : usage(outcome.error().message());
    }
    for (LintOutcome.Annotated copy : outcome.annotated()) {
      err.println(io.gaokai.lint.core.output.TerminalText.safe("gaokai-lint: " + copy.describe(outcome.lang())));
    }
    err.flush();
    if (output == null && System.out.checkError()) {
      // a PrintStream keeps write errors to itself: a closed pipe or a full disk must not pass as 0
      err.println("gaokai-lint: 无法写入标准输出（管道已关闭或磁盘已满），结果不完整 / cannot write to standard output (a closed"
          + " pipe or a full disk): the results are incomplete");
      err.flush();
      return ExitCode.USAGE;
    }
    return outcome.status().code();
  }

  /** The values --fail-on takes. */
  private static final List<String> FAIL_ON = List.of("error", "warning", "info", "never");

  /** The message for the first option whose value is not one it takes, or null. */
  private String firstBadValue() {
    List<String> kinds = io.gaokai.lint.core.read.Readers.SUPPORTED_EXTENSIONS.stream().sorted().toList();
    String bad = badValue("--format", format, Formatters.names(), Formatters::exists);
    bad = bad != null ? bad : badValue("--fail-on", failOn, FAIL_ON, FAIL_ON::contains);
    bad = bad != null ? bad : badValue("--lang", lang, List.of("zh", "en"), LintCommand::isLanguage);
    return bad != null ? bad : badValue("--stdin-format", stdinFormat, kinds, kinds::contains);
  }

  /** The message for {@code value} of {@code option} when {@code takes} refuses it (null: not given), naming the {@code known} values. */
  static String badValue(String option, String value, List<String> known, java.util.function.Predicate<String> takes) {
    if (value == null || takes.test(value)) {
      return null;
    }
    String[] hint = DidYouMean.hint(value, known);
    return option + " 的值 “" + value + "” 无效" + hint[0] + "，可用 " + known + " / " + option + ": “" + value
        + "” is not one of " + known + hint[1];
  }

  private static boolean isLanguage(String id) {
    try {
      io.gaokai.lint.core.rules.Lang.fromId(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The jar (or classes directory) this command was loaded from, or null when that is not a file. */
  private static Path codeSource() {
    try {
      java.security.CodeSource source = LintCommand.class.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? null : Path.of(source.getLocation().toURI());
    } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
      return null;
    }
  }

  private String stdinName() {
    return stdinFormat == null ? "<stdin>" : "<stdin>." + stdinFormat;
  }

  /** A misuse, told in one line (which names the values an option takes, where that helps). */
  private int usage(String message) {
    spec.commandLine().getErr().println("gaokai-lint: " + message);
    return ExitCode.USAGE;
  }

  private int configError(String message) {
    spec.commandLine().getErr().println("gaokai-lint: 规则文件错误 / rule file error: " + message);
    return ExitCode.USAGE;
  }
}
