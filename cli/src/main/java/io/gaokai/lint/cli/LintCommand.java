package io.gaokai.lint.cli;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.LintRun;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.report.FindingsFormatter;
import io.gaokai.lint.core.report.FormatContext;
import io.gaokai.lint.core.report.Formatters;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
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
    usageHelpAutoWidth = true,
    subcommands = RulesCommand.class,
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

  /** Candidates for --format. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Formatters.names().iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    if (paths.isEmpty()) {
      return usage("缺少要检查的报告文件或目录 / missing required parameter: 'PATH'");
    }
    Lang language;
    Severity threshold;
    try {
      language = Lang.fromId(lang);
      threshold = failOn.equals("never") ? null : Severity.fromId(failOn);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (!Formatters.exists(format)) {
      return usage("未知的输出格式 / unknown format: " + format + " " + Formatters.names());
    }
    if (maxFileSizeMb <= 0) {
      return usage("--max-file-size 必须大于 0 / must be positive");
    }
    RuleSet rules;
    try {
      rules = new RuleSetLoader().builtIn("national");
    } catch (RuleDefinitionException e) {
      return configError(e);
    }
    Linter linter = new Linter(rules, new Readers(), maxFileSizeMb * 1024 * 1024);
    FormatContext context = new FormatContext(Version.get(), language, threshold, rules);
    InputCollector.Collected collected = InputCollector.collect(paths.stream().filter(p -> !p.equals("-")).toList());
    PrintWriter err = spec.commandLine().getErr();
    for (String[] problem : collected.problems()) {
      err.println("gaokai-lint: " + (language.english() ? problem[1] : problem[0]));
    }
    err.flush();

    RunSummary summary;
    try (Writer out = open(output)) {
      FindingsFormatter formatter = Formatters.create(format, context);
      List<InputCollector.Input> inputs = new ArrayList<>();
      Path stdinCopy = null;
      if (paths.contains("-")) {
        stdinCopy = Files.createTempFile("gaokai-lint-stdin", ".bin");
        Files.write(stdinCopy, readStdin());
        inputs.add(new InputCollector.Input(stdinCopy, stdinName()));
      }
      inputs.addAll(collected.inputs());
      try {
        summary = LintRun.run(linter, inputs, List.of(new LintRun.Output(formatter, out)));
      } finally {
        if (stdinCopy != null) {
          Files.deleteIfExists(stdinCopy);
        }
      }
    }
    int code = summary.atOrAbove(threshold) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    if (summary.unreadable() > 0 || !collected.problems().isEmpty()) {
      code = ExitCode.combine(code, ExitCode.UNREADABLE);
    }
    return code;
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
