package io.gaokai.lint.maven;

import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.LintRun;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.config.Config;
import io.gaokai.lint.core.config.ConfigLoader;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's 政府信息公开工作年度报告 against the national format and fails the build at
 * findings of the chosen severity. Findings go to the build log the way the command line prints
 * them; the chosen formats are written to {@code outputDirectory} for CI servers:
 * {@code gaokai-lint.sarif} (code scanning), {@code TEST-gaokai-lint.xml} (JUnit, picked up by
 * Jenkins and GitLab), {@code gaokai-lint.html} (for people), {@code gaokai-lint.json}. Runs in the
 * build's JVM with the gaokai-lint engine; no process is forked.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractMojo {

  /** The file each format is written to in {@link #outputDirectory}. */
  static final Map<String, String> OUTPUT_FILES = outputFiles();

  private static Map<String, String> outputFiles() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("sarif", "gaokai-lint.sarif");
    m.put("junit", "TEST-gaokai-lint.xml");
    m.put("html", "gaokai-lint.html");
    m.put("json", "gaokai-lint.json");
    m.put("text", "gaokai-lint.txt");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Directories holding the reports. Default: {@code src/reports}. */
  @Parameter(defaultValue = "${project.basedir}/src/reports")
  private List<File> sourceDirectories;

  /** Ant-style patterns of the reports to check, relative to a source directory. Default: every supported extension. */
  @Parameter
  private List<String> includes;

  /** Ant-style patterns of files to leave out. */
  @Parameter
  private List<String> excludes;

  /** Rule sets: built-in names ({@code national}) or YAML files relative to the project. */
  @Parameter(property = "gaokai.ruleSets", defaultValue = "national")
  private List<String> ruleSets;

  /**
   * A configuration file in the format of {@code .gaokai-lint.yaml} (extends, rules, severity,
   * overrides). Without it, a {@code .gaokai-lint.yaml} in the project directory or above is used;
   * without either, {@link #ruleSets}.
   */
  @Parameter(property = "gaokai.configFile")
  private File configFile;

  /** The severity that fails the build: error, warning, info or never. */
  @Parameter(property = "gaokai.failOn", defaultValue = "error")
  private String failOn;

  /** Whether findings at or above {@link #failOn} fail the build; when false they are only reported. */
  @Parameter(property = "gaokai.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /** Skips the check. */
  @Parameter(property = "gaokai.skip", defaultValue = "false")
  private boolean skip;

  /** Output files to write: sarif, junit, html, json, text. */
  @Parameter(property = "gaokai.formats", defaultValue = "sarif,junit")
  private List<String> formats;

  /** Where the output files go. */
  @Parameter(property = "gaokai.outputDirectory", defaultValue = "${project.build.directory}/gaokai-lint")
  private File outputDirectory;

  /** The language of messages: zh or en. */
  @Parameter(property = "gaokai.lang", defaultValue = "zh")
  private String lang;

  /**
   * The directory file names and SARIF locations are relative to ({@code %SRCROOT%}). Default: the
   * directory Maven was started in, usually the repository root, which code scanning expects.
   */
  @Parameter(property = "gaokai.baseDirectory", defaultValue = "${session.executionRootDirectory}")
  private File baseDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("gaokai-lint: 已跳过 / skipped (gaokai.skip)");
      return;
    }
    Lang language = language();
    Severity threshold = threshold();
    List<String> formatNames = formatNames();
    Path projectDir = project.getBasedir().toPath();
    Path base = baseDirectory == null ? projectDir : baseDirectory.toPath();
    Config config = config(projectDir);
    RuleSet rules = config != null ? config.rules() : rules(projectDir);
    List<InputCollector.Input> inputs = inputs(projectDir, base);
    if (inputs.isEmpty()) {
      getLog().info("gaokai-lint: 没有找到报告 / no reports found in " + directories(projectDir));
    }
    FormatContext context = new FormatContext(plugin.getVersion(), language, threshold, rules, base);
    List<Path> written = new ArrayList<>();
    FailingReports failing = new FailingReports(threshold);
    RunSummary summary = run(context, config, inputs, formatNames, written, failing);
    judge(summary, threshold, written, failing.files());
  }

  private Lang language() throws MojoExecutionException {
    try {
      return Lang.fromId(lang.strip());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gaokai-lint: lang 应为 zh 或 en / lang must be zh or en: " + lang);
    }
  }

  private Severity threshold() throws MojoExecutionException {
    String level = failOn.strip();
    if (level.equals("never")) {
      return null;
    }
    try {
      return Severity.fromId(level);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gaokai-lint: failOn 应为 error、warning、info 或 never / failOn must be error, warning, info or never: " + failOn);
    }
  }

  private List<String> formatNames() throws MojoExecutionException {
    List<String> out = new ArrayList<>();
    for (String f : formats == null ? List.<String>of() : formats) {
      String name = f.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!Formatters.exists(name) || !OUTPUT_FILES.containsKey(name)) {
        throw new MojoExecutionException("gaokai-lint: 未知的输出格式 / unknown format: " + name + " " + OUTPUT_FILES.keySet());
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private RuleSet rules(Path projectDir) throws MojoExecutionException {
    try {
      return new RuleSets(new RuleSetLoader(), projectDir).load(ruleSets == null ? List.of("national") : ruleSets);
    } catch (RuleDefinitionException e) {
      throw new MojoExecutionException("gaokai-lint: 规则文件错误 / rule file error: " + e.getMessage(), e);
    }
  }

  private List<InputCollector.Input> inputs(Path projectDir, Path base) throws MojoExecutionException {
    try {
      return new ReportFiles(includes, excludes, base).collect(directories(projectDir));
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("gaokai-lint: 无法读取报告目录 / cannot walk the report directories: " + e.getMessage(), e);
    }
  }

  private List<Path> directories(Path projectDir) {
    if (sourceDirectories == null || sourceDirectories.isEmpty()) {
      return List.of(projectDir.resolve("src/reports"));
    }
    return sourceDirectories.stream().map(f -> projectDir.resolve(f.toPath())).toList();
  }

  private Config config(Path projectDir) throws MojoExecutionException {
    Path file = configFile != null ? projectDir.resolve(configFile.toPath()) : ConfigLoader.find(projectDir);
    if (file == null) {
      return null;
    }
    try {
      return new ConfigLoader(new RuleSetLoader()).load(file);
    } catch (RuleDefinitionException e) {
      throw new MojoExecutionException("gaokai-lint: 配置文件错误 / configuration error: " + e.getMessage(), e);
    }
  }

  private RunSummary run(
      FormatContext context, Config config, List<InputCollector.Input> inputs, List<String> formatNames,
      List<Path> written, FailingReports failing)
      throws MojoExecutionException {
    List<LintRun.Output> outputs = new ArrayList<>();
    outputs.add(new LintRun.Output(new MavenLogOutput(getLog(), context), Writer.nullWriter()));
    outputs.add(new LintRun.Output(failing, Writer.nullWriter()));
    try {
      if (!formatNames.isEmpty()) {
        Files.createDirectories(outputDirectory.toPath());
      }
      for (String format : formatNames) {
        Path file = outputDirectory.toPath().resolve(OUTPUT_FILES.get(format));
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        outputs.add(new LintRun.Output(Formatters.create(format, context), writer));
        written.add(file);
      }
      Map<Object, Linter> linters = new HashMap<>();
      return LintRun.run(
          input -> config == null
              ? linters.computeIfAbsent("rules", k -> new Linter(context.rules()))
              : linters.computeIfAbsent(config.severitiesFor(input.path()), k -> new Linter(config.ruleSetFor(input.path()))),
          inputs,
          outputs,
          r -> r);
    } catch (IOException e) {
      throw new MojoExecutionException("gaokai-lint: 无法写入结果 / cannot write the results: " + e.getMessage(), e);
    } finally {
      for (LintRun.Output o : outputs) {
        try {
          o.writer().close();
        } catch (IOException e) {
          getLog().warn("gaokai-lint: 无法关闭 / cannot close an output: " + e.getMessage());
        }
      }
    }
  }

  private void judge(RunSummary summary, Severity threshold, List<Path> written, List<String> reports)
      throws MojoFailureException {
    String files = (reports.isEmpty() ? "" : "；报告 / reports: " + String.join(", ", reports))
        + (written.isEmpty() ? "" : "；结果 / results: " + String.join(", ", written.stream().map(this::shown).toList()));
    if (summary.unreadable() > 0) {
      throw new MojoFailureException(
          "gaokai-lint: " + summary.unreadable() + " 个文件无法读取 / file(s) could not be read" + files);
    }
    long failing = summary.atOrAbove(threshold);
    if (failing == 0) {
      return;
    }
    String message = "gaokai-lint: " + failing + " 个问题达到 “" + threshold.id() + "” 级别 / finding(s) at or above "
        + threshold.id() + files;
    if (!failOnViolation) {
      getLog().warn(message + " (failOnViolation=false)");
      return;
    }
    throw new MojoFailureException(message);
  }

  private String shown(Path file) {
    Path projectDir = project.getBasedir().toPath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(projectDir) ? projectDir.relativize(abs).toString() : abs.toString();
  }
}
