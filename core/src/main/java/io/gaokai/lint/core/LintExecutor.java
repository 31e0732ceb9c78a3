package io.gaokai.lint.core;

import io.gaokai.lint.core.LintOutcome.SetupError;
import io.gaokai.lint.core.config.Config;
import io.gaokai.lint.core.config.ConfigLoader;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleFileAccess;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a {@link LintRequest}: the one place where a run is set up, for the command line and the
 * Maven plugin alike. In order:
 *
 * <ol>
 *   <li>the configuration of each report is resolved (the request's, else the nearest
 *       {@code .gaokai-lint.yaml} in the report's directory or above, else the defaults), and with
 *       it the language and threshold (the request's, else the run's configuration's, else
 *       {@code zh} and {@code error}); an output that is also a report is refused. Any problem here
 *       stops the run before anything is read or written: {@link LintOutcome.Status#USAGE};
 *   <li>the paths that gave no report are reported; the baseline is read;
 *   <li>the outputs are opened, the reports linted on the request's number of threads, every result
 *       written to every output in input order, and the outputs closed;
 *   <li>the baseline entries no finding matched are reported.
 * </ol>
 *
 * An executor keeps nothing of a run: each {@link #execute} resolves its request afresh.
 */
public final class LintExecutor {

  /** The name of the tool in messages. */
  private static final String PREFIX = "gaokai-lint: ";

  /** The longest array the JVM allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private final RuleSetLoader ruleLoader;
  private final ParseAhead parsedAhead;

  public LintExecutor() {
    this(new RuleSetLoader(), ParseAhead.NONE);
  }

  /**
   * An executor that loads rule sets with {@code ruleLoader} (the command line passes one that
   * started loading the built-in set already) and takes the reports {@code parsedAhead} parsed.
   */
  public LintExecutor(RuleSetLoader ruleLoader, ParseAhead parsedAhead) {
    this.ruleLoader = ruleLoader;
    this.parsedAhead = parsedAhead;
  }

  /** Runs the request; see {@link #execute(LintRequest, Consumer)}. */
  public LintOutcome execute(LintRequest request) throws IOException {
    return execute(request, line -> {});
  }

  /**
   * Runs the request. Every message (a path that gave no report, a baseline entry no longer met)
   * goes to {@code messages} when it arises, one line at a time, and is in the outcome too.
   *
   * @throws IOException when an output cannot be opened or written, or standard input not read
   */
  public LintOutcome execute(LintRequest request, Consumer<String> messages) throws IOException {
    List<String> said = new ArrayList<>();
    Consumer<String> say = line -> {
      said.add(line);
      messages.accept(line);
    };
    Run run;
    try {
      run = resolve(request);
    } catch (Stop e) {
      return LintOutcome.stopped(e.error, said);
    }
    for (String[] problem : run.problems) {
      say.accept(PREFIX + (run.lang.english() ? problem[1] : problem[0]));
    }
    Baseline known = null;
    if (request.baseline() != null) {
      try {
        known = Baseline.read(request.baseline());
      } catch (IOException e) {
        return LintOutcome.stopped(new SetupError(SetupError.Kind.USAGE, e.getMessage()), said);
      }
    }
    FormatContext context = new FormatContext(
        request.toolVersion(), run.lang, run.failOn, run.runConfig.rules(), request.baseDirectory(), request.ruleDocs());
    List<LintOutcome.FileOutcome> files = new ArrayList<>();
    java.util.Queue<String[]> notes = new java.util.concurrent.ConcurrentLinkedQueue<>();
    List<LintOutcome.Annotated> annotated = new ArrayList<>();
    RunSummary summary;
    try {
      summary = lint(request, run, context, known, files, notes, annotated);
    } catch (OutputFileException e) {
      return LintOutcome.stopped(new SetupError(SetupError.Kind.USAGE, e.bilingual()), said);
    }
    for (String[] note : notes) {
      say.accept(PREFIX + (run.lang.english() ? note[1] : note[0]));
    }
    if (known != null) {
      reportStale(known, run.lang, say);
    }
    LintOutcome.Status status;
    if (summary.unreadable() > 0 || !run.problems.isEmpty()) {
      status = LintOutcome.Status.UNREADABLE;
    } else {
      status = summary.atOrAbove(run.failOn) > 0 ? LintOutcome.Status.FINDINGS : LintOutcome.Status.OK;
    }
    return new LintOutcome(status, null, summary, files, said, run.lang, run.failOn, annotated);
  }

  /** Opens the outputs, lints every input into them and closes them. */
  private RunSummary lint(
      LintRequest request, Run run, FormatContext context, Baseline known, List<LintOutcome.FileOutcome> files,
      java.util.Queue<String[]> notes, List<LintOutcome.Annotated> annotated)
      throws IOException {
    List<Writer> opened = new ArrayList<>();
    List<AtomicFile> outputFiles = new ArrayList<>();
    Path stdinCopy = null;
    Throwable failed = null;
    try {
      List<LintRun.Output> outputs = new ArrayList<>();
      for (LintRequest.Output o : request.outputs()) {
        Writer w;
        if (o.file() != null) {
          AtomicFile f = AtomicFile.open(o.file());
          outputFiles.add(f);
          w = f.writer();
        } else {
          w = o.stream() != null ? open(o.stream()) : Writer.nullWriter();
          opened.add(w);
        }
        outputs.add(new LintRun.Output(o.create(context), w));
      }
      if (request.writeBaseline() != null) {
        AtomicFile f = AtomicFile.open(request.writeBaseline());
        outputFiles.add(f);
        outputs.add(new LintRun.Output(Baseline.writer(), f.writer()));
      }
      if (request.annotateDirectory() != null) {
        outputs.add(new LintRun.Output(
            new WordAnnotations(request.annotateDirectory(), run.inputs, run::rulesFor, run.lang, request.maxFileSize(), outputFiles,
                notes, annotated),
            Writer.nullWriter()));
      }
      outputs.add(new LintRun.Output(new Recorder(files), Writer.nullWriter()));
      List<InputCollector.Input> inputs = new ArrayList<>();
      if (request.standardInput() != null) {
        stdinCopy = Files.createTempFile("gaokai-lint-stdin", ".bin");
        Files.write(stdinCopy, request.standardInput().readNBytes((int) Math.min(MAX_ARRAY_LENGTH, request.maxFileSize() + 1)));
        inputs.add(new InputCollector.Input(stdinCopy, request.standardInputName()));
      }
      inputs.addAll(run.inputs);
      java.util.function.Function<InputCollector.Input, FileResult> check = lastYearChecks(request, run, inputs, notes);
      return LintRun.runChecks(check, inputs, outputs, known == null ? r -> r : known::apply, request.jobs());
    } catch (Throwable t) {
      failed = t;
      throw t;
    } finally {
      try {
        close(opened, failed);
      } finally {
        AtomicFile.finish(outputFiles, failed);
      }
      if (stdinCopy != null) {
        Files.deleteIfExists(stdinCopy);
      }
    }
  }

  /**
   * How each input is linted: with the report {@code --previous} names, or with last year's report
   * of the same organ among the run's inputs, when there is one.
   */
  private static java.util.function.Function<InputCollector.Input, FileResult> lastYearChecks(
      LintRequest request, Run run, List<InputCollector.Input> inputs, java.util.Queue<String[]> notes) {
    if (request.previous() != null) {
      Map<Linter, java.util.Optional<Linter.LastYear>> given = new java.util.concurrent.ConcurrentHashMap<>();
      String file = request.previous().toString();
      return input -> {
        Linter linter = run.linterFor(input);
        Linter.LastYear lastYear =
            given.computeIfAbsent(linter, l -> java.util.Optional.ofNullable(l.parseFile(request.previous(), file))
                .map(r -> new Linter.LastYear(r, file))).orElse(null);
        FileResult result = linter.lint(input.path(), input.name(), lastYear);
        if (lastYear == null) {
          notes.add(new String[] {
              "--previous " + file + " 无法作为报告读取，" + input.name() + " 未与上年报告比较",
              "--previous " + file + " cannot be read as a report; " + input.name() + " was not compared with last year's"});
        } else if (result.report() != null && result.report().year() > 0 && lastYear.report().year() != result.report().year() - 1) {
          notes.add(new String[] {
              "--previous " + file + " 是 " + yearOf(lastYear.report()) + " 年的报告，不是 " + input.name() + "（" + result.report().year()
                  + " 年）的上一年，未比较",
              "--previous " + file + " is the report of " + yearOf(lastYear.report()) + ", not of the year before " + input.name()
                  + " (" + result.report().year() + "); not compared"});
        }
        return result;
      };
    }
    LastYearReports pairs = request.pairYears() ? LastYearReports.of(inputs, run::linterFor, request.jobs()) : LastYearReports.NONE;
    return input -> {
      Linter linter = run.linterFor(input);
      InputCollector.Input before = pairs.previousOf(input);
      Report last = before == null ? null : linter.parseFile(before.path(), before.name());
      return linter.lint(input.path(), input.name(), last == null ? null : new Linter.LastYear(last, before.name()));
    };
  }

  private static String yearOf(Report report) {
    return report.year() > 0 ? String.valueOf(report.year()) : "?";
  }

  /**
   * Closes every writer, even when one fails. A failure to close is thrown, unless the run failed
   * already: then it is added to that failure.
   */
  private static void close(List<Writer> writers, Throwable failed) throws IOException {
    IOException first = null;
    for (Writer w : writers) {
      try {
        w.close();
      } catch (IOException e) {
        if (failed != null) {
          failed.addSuppressed(e);
        } else if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static void reportStale(Baseline known, Lang lang, Consumer<String> say) {
    List<Baseline.Entry> stale = known.stale();
    if (stale.isEmpty()) {
      return;
    }
    say.accept(PREFIX + (lang.english()
        ? stale.size() + " baseline entr" + (stale.size() == 1 ? "y no longer occurs" : "ies no longer occur") + ":"
        : "基线中有 " + stale.size() + " 项已不再出现："));
    for (Baseline.Entry e : stale) {
      say.accept("  " + e.file() + ":" + e.line() + " [" + e.ruleId() + "] " + e.message());
    }
  }

  /** A writer into a stream the caller owns: closing it flushes the stream and leaves it open. */
  private static Writer open(OutputStream stream) {
    return writer(new FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    });
  }

  private static Writer writer(OutputStream stream) {
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
  }

  /** Keeps the outcome of each report as the outputs get it. */
  private static final class Recorder implements FindingsFormatter {
    private final List<LintOutcome.FileOutcome> files;

    Recorder(List<LintOutcome.FileOutcome> files) {
      this.files = files;
    }

    @Override
    public void begin(Writer out) {
      // nothing to write
    }

    @Override
    public void file(FileResult result, Writer out) {
      files.add(LintOutcome.FileOutcome.of(result));
    }

    @Override
    public void end(RunSummary summary, Writer out) {
      // nothing to write
    }
  }

  // ---- resolving the request --------------------------------------------------------------------

  /**
   * The largest input size a run can honour: one array holds an input's bytes, and its text and
   * model take some times that again, so a quarter of the heap (and never past the largest array).
   */
  static long largestFileSizeHonoured() {
    return Math.min(MAX_ARRAY_LENGTH, Runtime.getRuntime().maxMemory() / 4);
  }

  /** A request that cannot run. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient SetupError error;

    Stop(SetupError.Kind kind, String message) {
      super(message, null, false, false);
      this.error = new SetupError(kind, message);
    }
  }

  private static Stop usage(String message) {
    return new Stop(SetupError.Kind.USAGE, message);
  }

  private static Stop configuration(RuleDefinitionException e) {
    return new Stop(SetupError.Kind.CONFIGURATION, e.getMessage());
  }

  /**
   * Everything the run is set up with, resolved before any output is written so that a bad
   * request or configuration file stops it with nothing half-done.
   */
  private Run resolve(LintRequest request) throws Stop {
    long honourable = largestFileSizeHonoured();
    if (request.maxFileSize() > honourable) {
      throw usage("--max-file-size " + (request.maxFileSize() >> 20) + " MB 超出本机可用内存能够检查的大小（至多 " + (honourable >> 20)
          + " MB；可用 -Xmx 给 Java 更多内存）/ --max-file-size " + (request.maxFileSize() >> 20)
          + " MB is more than the memory available can check (at most " + (honourable >> 20) + " MB; give Java more with -Xmx)");
    }
    RuleSetLoader ruleSets = ruleLoader.withAccess(RuleFileAccess.of(request.projectDirectory(), request.allowRulesFrom()));
    ConfigLoader loader = new ConfigLoader(ruleSets);
    Config explicit;
    try {
      explicit = request.config() == null ? null : loader.load(request.config());
    } catch (RuleDefinitionException e) {
      throw configuration(e);
    }
    InputCollector.Collected collected = InputCollector.collect(request.paths(), request.annotateDirectory());
    List<InputCollector.Input> inputs = new ArrayList<>(request.inputs());
    inputs.addAll(collected.inputs());
    refuseToOverwriteInputs(request.outputFiles(), inputs);
    refuseClashingOutputs(request.outputFiles());
    if (request.annotateDirectory() != null) {
      refuseBadAnnotateDirectory(request.annotateDirectory(), inputs, request.outputFiles());
    }
    Map<Path, Config> configs = new HashMap<>();
    Map<Path, Config> byInput = new HashMap<>();
    Set<Path> inputConfigs = new LinkedHashSet<>();
    boolean needDefaults = explicit == null && request.standardInput() != null;
    try {
      if (explicit == null) {
        for (InputCollector.Input input : inputs) {
          Path found = ConfigLoader.find(input.path());
          if (found != null) {
            Config c = load(loader, configs, found);
            byInput.put(input.path(), c);
            inputConfigs.add(c.file().toAbsolutePath().normalize());
          } else {
            needDefaults = true;
          }
        }
      }
      Config runConfig = explicit;
      if (runConfig == null) {
        Path here = ConfigLoader.find(request.projectDirectory());
        if (here != null) {
          runConfig = load(loader, configs, here);
        } else if (inputConfigs.size() == 1) {
          runConfig = configs.get(inputConfigs.iterator().next());
        } else {
          needDefaults = true;
        }
      }
      Config defaults = needDefaults ? defaults(loader, ruleSets, request) : null;
      if (runConfig == null) {
        runConfig = defaults;
      }
      return new Run(request, inputs, collected.problems(), runConfig, byInput, explicit, defaults);
    } catch (RuleDefinitionException e) {
      throw configuration(e);
    }
  }

  /** The configuration of reports without a configuration file. */
  private static Config defaults(ConfigLoader loader, RuleSetLoader sets, LintRequest request) throws RuleDefinitionException {
    if (request.defaultRuleSets() == null) {
      return loader.defaults();
    }
    List<Rule> rules = new ArrayList<>();
    List<String> loaded = new ArrayList<>();
    io.gaokai.lint.core.model.ReportFormat format = null;
    for (String raw : request.defaultRuleSets()) {
      String name = raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      RuleSet set = sets.hasBuiltIn(name) ? sets.builtIn(name) : sets.file(request.projectDirectory().resolve(name));
      rules.addAll(set.rules());
      format = set.format(); // the last set's format, as extends would have it
      loaded.add(name);
    }
    if (format == null) {
      format = new io.gaokai.lint.core.rules.FormatLoader().builtIn(io.gaokai.lint.core.rules.FormatLoader.DEFAULT);
    }
    return new Config(null, new RuleSet(String.join("+", loaded), rules, format), Map.of(), List.of(), null, null, null, null);
  }

  /**
   * Outputs are opened, and so emptied, before any report is read: one that is also an input would
   * destroy the report (a typo, or a directory walk picking up the findings of the last run).
   */
  private static void refuseToOverwriteInputs(List<Path> outputs, List<InputCollector.Input> inputs) throws Stop {
    for (Path output : outputs) {
      for (InputCollector.Input input : inputs) {
        if (sameFile(output, input.path())) {
          throw usage("输出文件也是要检查的报告，写入会覆盖它 / the output file is also a report to check, and writing it would overwrite it: " + output);
        }
      }
    }
  }

  /**
   * {@code --annotate DIR}: a directory that is a file cannot hold the copies, and a copy must never
   * replace a report (the original is never written: {@code --annotate .} beside the drafts would)
   * nor an output, nor the copy of another report. Checked for the reports named as Word files;
   * a Word file under another name is checked when its copy is written.
   */
  private static void refuseBadAnnotateDirectory(Path dir, List<InputCollector.Input> inputs, List<Path> outputs) throws Stop {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw usage("--annotate 的目录已是一个文件 / the --annotate directory is a file: " + dir);
    }
    Set<Path> reports = new java.util.HashSet<>();
    for (InputCollector.Input input : inputs) {
      reports.add(canonical(input.path()));
    }
    Map<Path, InputCollector.Input> copies = new HashMap<>();
    for (InputCollector.Input input : inputs) {
      if (!WordAnnotations.isWordName(input.name())) {
        continue;
      }
      Path copy = WordAnnotations.target(dir, input);
      if (reports.contains(canonical(copy))) {
        throw usage("批注副本会覆盖要检查的报告，请换一个 --annotate 目录 / the annotated copy would overwrite a report to check;"
            + " choose another --annotate directory: " + copy);
      }
      for (Path output : outputs) {
        if (sameFile(copy, output)) {
          throw usage("批注副本与另一个输出是同一个文件 / the annotated copy is the same file as another output: " + copy);
        }
      }
      InputCollector.Input before = copies.putIfAbsent(canonical(copy), input);
      if (before != null && !sameFile(before.path(), input.path())) {
        throw usage("两份报告的批注副本同名，会互相覆盖 / two reports would be annotated to the same file: " + before.name() + ", "
            + input.name() + " → " + copy);
      }
    }
  }

  /** Two outputs that are one file (under any spelling: links, {@code ..}) would overwrite each other. */
  private static void refuseClashingOutputs(List<Path> outputs) throws Stop {
    for (int i = 0; i < outputs.size(); i++) {
      for (int k = i + 1; k < outputs.size(); k++) {
        if (sameFile(outputs.get(i), outputs.get(k))) {
          throw usage("两个输出是同一个文件，会互相覆盖 / two outputs are the same file and would overwrite each other: "
              + outputs.get(i) + ", " + outputs.get(k));
        }
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (canonical(a).equals(canonical(b))) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** The file a path names, links resolved as far as they exist: the file's real path, else its directory's. */
  static Path canonical(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    try {
      // a link whose target does not exist yet: the file it would write is its target's
      for (int hops = 0; hops < 40 && Files.isSymbolicLink(absolute) && !Files.exists(absolute); hops++) {
        Path parent = absolute.getParent();
        Path target = Files.readSymbolicLink(absolute);
        absolute = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
      }
      if (Files.exists(absolute)) {
        return absolute.toRealPath();
      }
      Path parent = absolute.getParent();
      if (parent != null && Files.exists(parent) && absolute.getFileName() != null) {
        return parent.toRealPath().resolve(absolute.getFileName());
      }
    } catch (IOException | SecurityException e) {
      // as written, then
    }
    return absolute;
  }

  private static Config load(ConfigLoader loader, Map<Path, Config> configs, Path file) throws RuleDefinitionException {
    Path key = file.toAbsolutePath().normalize();
    Config c = configs.get(key);
    if (c == null) {
      c = loader.load(key);
      configs.put(key, c);
    }
    return c;
  }

  /** A resolved request: the inputs, the configuration of each, the language and the threshold. */
  private final class Run {
    final List<InputCollector.Input> inputs;
    final List<String[]> problems;
    final Config runConfig;
    final Lang lang;
    final Severity failOn;
    /** The configuration found for each input, looked up once when the run was resolved. */
    private final Map<Path, Config> byInput;
    private final Config explicit;
    private final Config defaults;
    private final long maxFileSize;
    private final Map<String, Linter> linters = new java.util.concurrent.ConcurrentHashMap<>();

    Run(
        LintRequest request, List<InputCollector.Input> inputs, List<String[]> problems, Config runConfig,
        Map<Path, Config> byInput, Config explicit, Config defaults)
        throws Stop {
      this.inputs = inputs;
      this.problems = problems;
      this.runConfig = runConfig;
      this.byInput = byInput;
      this.explicit = explicit;
      this.defaults = defaults;
      this.maxFileSize = request.maxFileSize();
      Lang l = Lang.ZH;
      Severity f = Severity.ERROR;
      try {
        if (request.lang() != null) {
          l = Lang.fromId(request.lang());
        } else if (runConfig.lang() != null) {
          l = runConfig.lang();
        }
        if (request.failOn() != null) {
          f = request.failOn().equals("never") ? null : Severity.fromId(request.failOn());
        } else if (runConfig.failOn() != null) {
          f = runConfig.failOn().severity();
        }
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
      this.lang = l;
      this.failOn = f;
    }

    /** The configuration that applies to an input. */
    Config configFor(InputCollector.Input input) {
      if (explicit != null) {
        return explicit;
      }
      // standard input's temporary copy was not among the reports whose configurations were loaded
      return byInput.getOrDefault(input.path(), defaults);
    }

    /** The rule set an input is checked with. */
    RuleSet rulesFor(InputCollector.Input input) {
      return linterFor(input).rules();
    }

    /** The linter for an input; one per distinct effective rule set. Safe on the run's threads. */
    Linter linterFor(InputCollector.Input input) {
      Config c = configFor(input);
      var severities = c.severitiesFor(input.path());
      String key = c.file() + "\u0000" + severities.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value()).toList();
      return linters.computeIfAbsent(key, k -> new Linter(c.ruleSetFor(input.path()), new Readers(maxFileSize), maxFileSize, parsedAhead));
    }
  }
}
