package io.gaokai.lint.maven;

import io.gaokai.lint.core.LintExecutor;
import io.gaokai.lint.core.LintOutcome;
import io.gaokai.lint.core.LintRequest;
import io.gaokai.lint.core.PathNames;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.output.RuleDocs;
import io.gaokai.lint.core.rules.DidYouMean;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    m.put("csv", "gaokai-lint.csv");
    m.put("checkstyle", "gaokai-lint-checkstyle.xml");
    m.put("gitlab", "gaokai-lint-gitlab.json");
    m.put("github", "gaokai-lint-github.txt");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Directories holding the reports. Default: {@code src/reports}. */
  @Parameter(defaultValue = "${project.basedir}/src/reports")
  private List<File> sourceDirectories;

  /** Ant-style patterns of the reports to check, relative to a source directory. Default: every supported extension. */
  @Parameter
  private List<String> includes;

  /**
   * Ant-style patterns of files to leave out, besides the {@linkplain #useDefaultExcludes default
   * excludes}.
   */
  @Parameter
  private List<String> excludes;

  /**
   * Whether files that are no report are left out of the source directories whatever
   * {@link #includes} says: hidden files and directories ({@code .gaokai-lint.yaml}), Word's lock
   * files ({@code ~$…}), README, CHANGELOG, CHANGES, LICENSE, LICENCE, COPYING, NOTICE,
   * CONTRIBUTING, CODE_OF_CONDUCT and AUTHORS files in any case and with any extension, and
   * {@code target} and {@code node_modules} directories ({@link ReportFiles#DEFAULT_EXCLUDES}).
   */
  @Parameter(property = "gaokai.useDefaultExcludes", defaultValue = "true")
  private boolean useDefaultExcludes = true;

  /**
   * Whether the build fails when a source directory does not exist, is not a directory or holds no
   * report (after includes and excludes), as the command line exits with 3 for a path that gives
   * no report. The reports of the other directories are checked and the result files written
   * first. When false, that is a warning.
   */
  @Parameter(property = "gaokai.failIfNoReports", defaultValue = "true")
  private boolean failIfNoReports = true;

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

  /** Output files to write: sarif, junit, html, json, text, csv, checkstyle, gitlab, github. */
  @Parameter(property = "gaokai.formats", defaultValue = "sarif,junit")
  private List<String> formats;

  /**
   * The rule documentation ({@code docs/rules.md}) as published where the team can open it, e.g.
   * in the web view of the repository gaokai-lint is kept in: each rule in the SARIF file then links
   * to its section ({@code helpUri}, this URL and {@code #RULE-ID}), as the command line's
   * {@code --docs-url}. An absolute URL without {@code #}. Without it the SARIF file has no links
   * (the plugin's jar in the local repository has no documentation beside it).
   */
  @Parameter(property = "gaokai.docsUrl")
  private String docsUrl;

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
    Plan plan = plan(projectDir);
    LintRequest request = plan.request();
    List<String> noReports = plan.directories().stream().map(this::noReports).filter(java.util.Objects::nonNull).toList();
    for (String problem : noReports) {
      if (failIfNoReports) {
        getLog().error(problem);
      } else {
        getLog().warn(problem + " (failIfNoReports=false)");
      }
    }
    removeEarlierResults(request);
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
    if (failIfNoReports && !noReports.isEmpty()) {
      throw new MojoFailureException(String.join("；", noReports));
    }
    List<Path> written = request.outputs().stream().map(LintRequest.Output::file).filter(java.util.Objects::nonNull).toList();
    judge(outcome, written);
  }

  /** A run, and the source directories its reports were found in. */
  record Plan(LintRequest request, List<ReportFiles.Directory> directories) {}

  /** The run the parameters ask for; the parameters are checked before any directory is walked. */
  Plan plan(Path projectDir) throws MojoExecutionException {
    String language = language();
    String threshold = threshold();
    List<String> formatNames = formatNames();
    if (jobs != null && jobs < 1) {
      throw new MojoExecutionException("gaokai-lint: jobs 必须至少为 1 / jobs must be at least 1: " + jobs);
    }
    if (maxFileSize <= 0) {
      throw new MojoExecutionException("gaokai-lint: maxFileSize 必须大于 0 / maxFileSize (MB) must be positive: " + maxFileSize);
    }
    List<ReportFiles.Directory> directories = scan(projectDir);
    LintRequest.Builder request = LintRequest.builder()
        .projectDirectory(projectDir)
        .baseDirectory(base(projectDir))
        .inputs(directories.stream().flatMap(d -> d.reports().stream()).toList())
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
    if (docsUrl != null && !docsUrl.isBlank()) {
      try {
        request.ruleDocs(RuleDocs.at(RuleDocs.parse(docsUrl)));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("gaokai-lint: docsUrl " + e.getMessage());
      }
    }
    for (String format : formatNames) {
      request.output(LintRequest.Output.file(format, outputDirectory.toPath().resolve(OUTPUT_FILES.get(format))));
    }
    return new Plan(request.build(), directories);
  }

  /**
   * Removes the result files an earlier run left in {@link #outputDirectory} that this run does not
   * write (sarif written before, no longer among the formats), so that no CI step reads an old
   * verdict as this one's. Only the file names of {@link #OUTPUT_FILES} are touched, never a file
   * this run reads (a report, the configuration, a baseline, last year's report); the files this
   * run writes are replaced when it completes.
   */
  private void removeEarlierResults(LintRequest request) throws MojoExecutionException {
    java.util.Set<Path> kept = new java.util.HashSet<>();
    request.outputs().stream().map(LintRequest.Output::file).filter(java.util.Objects::nonNull)
        .forEach(f -> kept.add(f.toAbsolutePath().normalize()));
    request.inputs().forEach(i -> kept.add(i.path().toAbsolutePath().normalize()));
    java.util.stream.Stream.of(request.config(), request.baseline(), request.previous(), request.writeBaseline())
        .filter(java.util.Objects::nonNull)
        .forEach(f -> kept.add(f.toAbsolutePath().normalize()));
    for (String name : OUTPUT_FILES.values()) {
      Path file = outputDirectory.toPath().resolve(name).toAbsolutePath().normalize();
      if (kept.contains(file) || Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        if (Files.deleteIfExists(file)) {
          getLog().info("gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: " + shown(file));
        }
      } catch (IOException e) {
        throw new MojoExecutionException(
            "gaokai-lint: 无法删除上次运行的结果文件 / cannot remove an earlier run's result file: " + shown(file) + ": " + e.getMessage(), e);
      }
    }
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
      String[] hint = DidYouMean.hint(lang.strip(), List.of("zh", "en"));
      throw new MojoExecutionException("gaokai-lint: lang 应为 zh 或 en" + hint[0] + " / lang must be zh or en" + hint[1] + ": " + lang);
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
      String[] hint = DidYouMean.hint(level, List.of("error", "warning", "info", "never"));
      throw new MojoExecutionException("gaokai-lint: failOn 应为 error、warning、info 或 never" + hint[0]
          + " / failOn must be error, warning, info or never" + hint[1] + ": " + failOn);
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
        String[] hint = DidYouMean.hint(name, List.copyOf(OUTPUT_FILES.keySet()));
        throw new MojoExecutionException("gaokai-lint: 未知的输出格式 / unknown format: " + name + " " + OUTPUT_FILES.keySet() + hint[0] + hint[1]);
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private List<ReportFiles.Directory> scan(Path projectDir) throws MojoExecutionException {
    try {
      return new ReportFiles(includes, excludes, useDefaultExcludes, base(projectDir)).scan(directories(projectDir));
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

  /**
   * Why a source directory gave no report, in one line naming it as configured (relative to the
   * project), with the directory probably meant when it is missing; null when it gave reports.
   */
  private String noReports(ReportFiles.Directory directory) {
    String name = shown(directory.path());
    return switch (directory.state()) {
      case MISSING -> {
        Path near = ReportFiles.nearestDirectory(directory.path());
        yield "gaokai-lint: 报告目录不存在 / report directory not found: " + name
            + (near == null ? "" : "（是否应为 / did you mean: " + shown(near) + "）");
      }
      case NOT_A_DIRECTORY -> "gaokai-lint: 报告目录不是目录 / report directory is not a directory: " + name;
      case DIRECTORY -> !directory.reports().isEmpty() ? null
          : "gaokai-lint: 报告目录中没有要检查的报告 / no reports to check in: " + name
              + (directory.leftOut() == 0 ? "" : "（" + directory.leftOut() + " 个文件不在 includes 中或被排除 / "
                  + directory.leftOut() + " file(s) not included or excluded）");
    };
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
