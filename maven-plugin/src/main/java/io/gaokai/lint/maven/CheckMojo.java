package io.gaokai.lint.maven;

import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.LintExecutor;
import io.gaokai.lint.core.LintOutcome;
import io.gaokai.lint.core.LintRequest;
import io.gaokai.lint.core.PathNames;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>The run is set up exactly as the command line sets up {@code gaokai-lint PATH...}: the same
 * {@link LintRequest}, run by the same {@link LintExecutor}. Each report is checked with the
 * nearest {@code .gaokai-lint.yaml} in its directory or above unless {@link #configFile} is set;
 * {@link #baseline}, {@link #writeBaseline}, {@link #jobs} and {@link #maxFileSize} are the command
 * line's {@code --baseline}, {@code --write-baseline}, {@code --jobs} and {@code --max-file-size}.
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

  /**
   * The rules of reports that no configuration file applies to (neither {@link #configFile} nor a
   * {@code .gaokai-lint.yaml} above them): built-in rule sets by name ({@code national}) or YAML
   * files relative to the project, in order; a rule defined again replaces the earlier one.
   */
  @Parameter(property = "gaokai.ruleSets", defaultValue = "national")
  private List<String> ruleSets;

  /**
   * A configuration file in the format of {@code .gaokai-lint.yaml} (extends, rules, severity,
   * overrides, lang, failOn) for every report, as the command line's {@code --config}. Without
   * it, each report is checked with the nearest {@code .gaokai-lint.yaml} (or {@code .yml}) in its
   * own directory or above, and a report without one with {@link #ruleSets}. The {@code lang} and
   * {@code failOn} of this file, else of the {@code .gaokai-lint.yaml} of the project directory or
   * above, else of the one such file every report shares, apply unless {@link #lang} and
   * {@link #failOn} are set.
   */
  @Parameter(property = "gaokai.configFile")
  private File configFile;

  /**
   * The severity that fails the build: error, warning, info or never. Default: the
   * configuration's {@code failOn}, else error.
   */
  @Parameter(property = "gaokai.failOn")
  private String failOn;

  /** Whether findings at or above {@link #failOn} fail the build; when false they are only reported. */
  @Parameter(property = "gaokai.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /** Skips the check. */
  @Parameter(property = "gaokai.skip", defaultValue = "false")
  private boolean skip;

  /** Output files to write: sarif, junit, html, json, text, csv. */
  @Parameter(property = "gaokai.formats", defaultValue = "sarif,junit")
  private List<String> formats;

  /** Where the output files go. */
  @Parameter(property = "gaokai.outputDirectory", defaultValue = "${project.build.directory}/gaokai-lint")
  private File outputDirectory;

  /** The language of messages: zh or en. Default: the configuration's {@code lang}, else zh. */
  @Parameter(property = "gaokai.lang")
  private String lang;

  /**
   * The directory file names and SARIF locations are relative to ({@code %SRCROOT%}). Default: the
   * directory Maven was started in, usually the repository root, which code scanning expects.
   */
  @Parameter(property = "gaokai.baseDirectory", defaultValue = "${session.executionRootDirectory}")
  private File baseDirectory;

  /**
   * A baseline written by {@link #writeBaseline} (or the command line's {@code --write-baseline}):
   * the findings it records are reported as suppressed and do not fail the build, and the entries
   * no finding matches any more are logged. Findings are matched by file name (relative to
   * {@link #baseDirectory}), rule and the text of their line, not by line number. A baseline that
   * cannot be read stops the build.
   */
  @Parameter(property = "gaokai.baseline")
  private File baseline;

  /**
   * Last year's report, the command line's {@code --previous}: the checks against last year (this
   * year's 上年结转 against last year's 结转下年度继续办理) read it for every report of the run. Without
   * it, each report is compared with last year's report of the same organ among the run's reports.
   */
  @Parameter(property = "gaokai.previous")
  private File previous;

  /**
   * Directories outside the project whose rule files the configuration's {@code extends} and {@code
   * format} may name, the command line's {@code --allow-rules-from}. Without them a configuration
   * reads rule files only in its own directory and below, or in its repository.
   */
  @Parameter
  private List<File> allowRulesFrom = new ArrayList<>();

  /** Whether reports are paired with last year's report of the same organ among the run's (the command line's {@code --no-pair-years} turns it off). */
  @Parameter(property = "gaokai.pairYears", defaultValue = "true")
  private boolean pairYears = true;

  /**
   * Records this run's findings as a baseline in this file (its directories are created), for
   * {@link #baseline} to use later. The build still fails on them; to record without failing, set
   * {@link #failOnViolation} to false (or {@link #failOn} to never) as well.
   */
  @Parameter(property = "gaokai.writeBaseline")
  private File writeBaseline;

  /**
   * Reports checked in parallel. Default: the number of cores. The log and the output files are
   * the same whatever the number.
   */
  @Parameter(property = "gaokai.jobs")
  private Integer jobs;

  /**
   * The largest report read, in megabytes: a larger one is not read, gets an
   * {@code input-unreadable} finding and fails the build like any report that cannot be read.
   */
  @Parameter(property = "gaokai.maxFileSize", defaultValue = "50")
  private long maxFileSize;

  /**
   * Writes to this directory a copy of each Word report (docx, doc) with one comment per finding
   * on the paragraph or table cell it is about, the command line's {@code --annotate}: the copy
   * of {@code src/reports/draft.docx} is {@code DIR/src/reports/draft.docx} (names relative to
   * {@link #baseDirectory}), that of a doc a docx. The reports themselves are never written.
   */
  @Parameter(property = "gaokai.annotateDirectory")
  private File annotateDirectory;

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
    Path projectDir = project.getBasedir().toPath();
    LintRequest request = request(projectDir);
    if (request.inputs().isEmpty()) {
      getLog().info("gaokai-lint: 没有找到报告 / no reports found in " + directories(projectDir));
    }
    LintOutcome outcome;
    try {
      outcome = new LintExecutor().execute(request, line -> getLog().warn(io.gaokai.lint.core.output.TerminalText.safe(line)));
    } catch (IOException e) {
      throw new MojoExecutionException("gaokai-lint: 无法写入结果 / cannot write the results: " + e.getMessage(), e);
    }
    if (outcome.error() != null) {
      throw new MojoExecutionException(outcome.error().kind() == LintOutcome.SetupError.Kind.CONFIGURATION
          ? "gaokai-lint: 配置文件错误 / configuration error: " + outcome.error().message()
          : "gaokai-lint: " + outcome.error().message());
    }
    for (LintOutcome.Annotated copy : outcome.annotated()) {
      getLog().info("gaokai-lint: " + io.gaokai.lint.core.output.TerminalText.safe(copy.describe(outcome.lang())));
    }
    List<Path> written = request.outputs().stream().map(LintRequest.Output::file).filter(java.util.Objects::nonNull).toList();
    judge(outcome, written);
  }

  /** The run the parameters ask for; the parameters are checked before any directory is walked. */
  LintRequest request(Path projectDir) throws MojoExecutionException {
    String language = language();
    String threshold = threshold();
    List<String> formatNames = formatNames();
    if (jobs != null && jobs < 1) {
      throw new MojoExecutionException("gaokai-lint: jobs 必须至少为 1 / jobs must be at least 1: " + jobs);
    }
    if (maxFileSize <= 0) {
      throw new MojoExecutionException("gaokai-lint: maxFileSize 必须大于 0 / maxFileSize (MB) must be positive: " + maxFileSize);
    }
    LintRequest.Builder request = LintRequest.builder()
        .projectDirectory(projectDir)
        .baseDirectory(base(projectDir))
        .inputs(inputs(projectDir))
        .defaultRuleSets(ruleSets == null ? List.of("national") : ruleSets)
        .config(resolve(projectDir, configFile))
        .baseline(resolve(projectDir, baseline))
        .previous(resolve(projectDir, previous))
        .pairYears(pairYears)
        .allowRulesFrom(allowRulesFrom.stream().map(f -> resolve(projectDir, f)).toList())
        .writeBaseline(resolve(projectDir, writeBaseline))
        .lang(language)
        .failOn(threshold)
        .maxFileSizeMb(maxFileSize)
        .toolVersion(plugin.getVersion())
        .annotateDirectory(resolve(projectDir, annotateDirectory))
        .output(LintRequest.Output.formatter(context -> new MavenLogOutput(getLog(), context)));
    if (jobs != null) {
      request.jobs(jobs);
    }
    for (String format : formatNames) {
      request.output(LintRequest.Output.file(format, outputDirectory.toPath().resolve(OUTPUT_FILES.get(format))));
    }
    return request.build();
  }

  private Path base(Path projectDir) {
    return baseDirectory == null ? projectDir : baseDirectory.toPath();
  }

  private static Path resolve(Path projectDir, File file) {
    return file == null ? null : projectDir.resolve(file.toPath());
  }

  private String language() throws MojoExecutionException {
    if (lang == null || lang.isBlank()) {
      return null;
    }
    try {
      Lang.fromId(lang.strip());
      return lang.strip();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gaokai-lint: lang 应为 zh 或 en / lang must be zh or en: " + lang);
    }
  }

  private String threshold() throws MojoExecutionException {
    if (failOn == null || failOn.isBlank()) {
      return null;
    }
    String level = failOn.strip();
    if (level.equals("never")) {
      return level;
    }
    try {
      Severity.fromId(level);
      return level;
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

  private List<InputCollector.Input> inputs(Path projectDir) throws MojoExecutionException {
    try {
      return new ReportFiles(includes, excludes, base(projectDir)).collect(directories(projectDir));
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

  private void judge(LintOutcome outcome, List<Path> written) throws MojoFailureException {
    List<String> reports = outcome.failingFiles();
    String files = (reports.isEmpty() ? "" : "；报告 / reports: " + String.join(", ", reports))
        + (written.isEmpty() ? "" : "；结果 / results: " + String.join(", ", written.stream().map(this::shown).toList()));
    RunSummary summary = outcome.summary();
    if (summary.unreadable() > 0) {
      throw new MojoFailureException(
          "gaokai-lint: " + summary.unreadable() + " 个文件无法读取 / file(s) could not be read" + files);
    }
    Severity threshold = outcome.failOn();
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
    return abs.startsWith(projectDir) ? PathNames.relative(projectDir, abs) : PathNames.of(abs);
  }
}
