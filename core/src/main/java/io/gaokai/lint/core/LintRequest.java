package io.gaokai.lint.core;

import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.output.RuleDocs;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One lint run as a front end asks for it: the command line builds one from its options, the Maven
 * plugin from its parameters, and {@link LintExecutor} runs it the same way for both. Immutable;
 * built with {@link #builder()}. Whatever is left unset means what the command line means when its
 * option is not given.
 */
public final class LintRequest {

  /**
   * Where one output of the run goes: a format of {@link Formatters} written to a file or to a
   * stream, or a formatter of the caller's own (the Maven build log).
   */
  public static final class Output {

    private final String format;
    private final Function<FormatContext, FindingsFormatter> formatter;
    private final Path file;
    private final OutputStream stream;

    private Output(String format, Function<FormatContext, FindingsFormatter> formatter, Path file, OutputStream stream) {
      this.format = format;
      this.formatter = formatter;
      this.file = file;
      this.stream = stream;
    }

    /** {@code format} written to {@code file}, in UTF-8; its directories are created, the file replaced. */
    public static Output file(String format, Path file) {
      return new Output(known(format), null, Objects.requireNonNull(file, "file"), null);
    }

    /** {@code format} written to {@code stream} (standard output), in UTF-8; flushed, never closed. */
    public static Output stream(String format, OutputStream stream) {
      return new Output(known(format), null, null, Objects.requireNonNull(stream, "stream"));
    }

    /** A formatter of the caller's, made with the run's context; it writes wherever it likes. */
    public static Output formatter(Function<FormatContext, FindingsFormatter> formatter) {
      return new Output(null, Objects.requireNonNull(formatter, "formatter"), null, null);
    }

    private static String known(String format) {
      if (!Formatters.exists(format)) {
        throw new IllegalArgumentException("unknown format: " + format + " " + Formatters.names());
      }
      return format;
    }

    /** The name of the format, or null for a formatter of the caller's. */
    public String format() {
      return format;
    }

    /** The file written, or null. */
    public Path file() {
      return file;
    }

    /** The stream written, or null. */
    public OutputStream stream() {
      return stream;
    }

    FindingsFormatter create(FormatContext context) {
      return formatter != null ? formatter.apply(context) : Formatters.create(format, context);
    }
  }

  private final List<String> paths;
  private final List<InputCollector.Input> inputs;
  private final InputStream standardInput;
  private final String standardInputName;
  private final Path config;
  private final List<String> defaultRuleSets;
  private final Path projectDirectory;
  private final Path baseDirectory;
  private final Path baseline;
  private final Path writeBaseline;
  private final Path previous;
  private final List<Path> allowRulesFrom;
  private final boolean pairYears;
  private final int jobs;
  private final long maxFileSize;
  private final String failOn;
  private final String lang;
  private final List<Output> outputs;
  private final String toolVersion;
  private final RuleDocs ruleDocs;
  private final Path annotateDirectory;

  private LintRequest(Builder b) {
    this.paths = List.copyOf(b.paths);
    this.inputs = List.copyOf(b.inputs);
    this.standardInput = b.standardInput;
    this.standardInputName = b.standardInputName;
    this.config = b.config;
    this.defaultRuleSets = b.defaultRuleSets == null ? null : List.copyOf(b.defaultRuleSets);
    this.projectDirectory = b.projectDirectory;
    this.baseDirectory = b.baseDirectory;
    this.baseline = b.baseline;
    this.writeBaseline = b.writeBaseline;
    this.previous = b.previous;
    this.allowRulesFrom = List.copyOf(b.allowRulesFrom);
    this.pairYears = b.pairYears;
    this.jobs = b.jobs;
    this.maxFileSize = b.maxFileSize;
    this.failOn = b.failOn;
    this.lang = b.lang;
    this.outputs = List.copyOf(b.outputs);
    this.toolVersion = b.toolVersion;
    this.ruleDocs = b.ruleDocs;
    this.annotateDirectory = b.annotateDirectory;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Files and directories as a user names them; directories are walked ({@link InputCollector}). */
  public List<String> paths() {
    return paths;
  }

  /** Reports found by the caller, each with the name it is reported under. */
  public List<InputCollector.Input> inputs() {
    return inputs;
  }

  /** The stream read as one more report, or null. */
  public InputStream standardInput() {
    return standardInput;
  }

  /** The name standard input is reported under. */
  public String standardInputName() {
    return standardInputName;
  }

  /** The configuration file for every report, or null: the nearest one above each report. */
  public Path config() {
    return config;
  }

  /** The rule sets of reports no configuration file applies to, or null: the built-in national set. */
  public List<String> defaultRuleSets() {
    return defaultRuleSets;
  }

  /** The directory the run belongs to: its configuration is looked for from here first. */
  public Path projectDirectory() {
    return projectDirectory;
  }

  /** The directory file locations in the outputs are relative to, or null: the current directory. */
  public Path baseDirectory() {
    return baseDirectory;
  }

  /** The baseline whose findings do not count, or null. */
  public Path baseline() {
    return baseline;
  }

  /** Where this run's findings are recorded as a baseline, or null. */
  public Path writeBaseline() {
    return writeBaseline;
  }

  /** Last year's report, given for every report of the run (an author's draft), or null. */
  public Path previous() {
    return previous;
  }

  /**
   * Directories outside the project whose rule files configurations may name in {@code extends}
   * and {@code format} (see {@link io.gaokai.lint.core.rules.RuleFileAccess}); empty by default.
   */
  public List<Path> allowRulesFrom() {
    return allowRulesFrom;
  }

  /** Whether reports of the run are paired with last year's report of the same organ among them. */
  public boolean pairYears() {
    return pairYears;
  }

  public int jobs() {
    return jobs;
  }

  /** The largest input read, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /** The threshold as given ({@code error}, {@code warning}, {@code info}, {@code never}), or null. */
  public String failOn() {
    return failOn;
  }

  /** The language as given ({@code zh}, {@code en}), or null. */
  public String lang() {
    return lang;
  }

  public List<Output> outputs() {
    return outputs;
  }

  public String toolVersion() {
    return toolVersion;
  }

  /** Where the rule documentation the outputs link to is ({@link RuleDocs#NONE}: nowhere). */
  public RuleDocs ruleDocs() {
    return ruleDocs;
  }

  /** Where annotated copies of the Word reports are written ({@code --annotate}), or null: none. */
  public Path annotateDirectory() {
    return annotateDirectory;
  }

  /** The files the run writes, in the order they are opened: the outputs', then the baseline's. */
  List<Path> outputFiles() {
    List<Path> out = new ArrayList<>();
    for (Output o : outputs) {
      if (o.file() != null) {
        out.add(o.file());
      }
    }
    if (writeBaseline != null) {
      out.add(writeBaseline);
    }
    return out;
  }

  /** Builds a {@link LintRequest}; every setting is optional. */
  public static final class Builder {

    private final List<String> paths = new ArrayList<>();
    private final List<InputCollector.Input> inputs = new ArrayList<>();
    private InputStream standardInput;
    private String standardInputName;
    private Path config;
    private List<String> defaultRuleSets;
    private Path projectDirectory = Path.of("");
    private Path baseDirectory;
    private Path baseline;
    private Path writeBaseline;
    private Path previous;
    private List<Path> allowRulesFrom = List.of();
    private boolean pairYears = true;
    private int jobs = Runtime.getRuntime().availableProcessors();
    private long maxFileSize = Linter.DEFAULT_MAX_FILE_SIZE;
    private String failOn;
    private String lang;
    private final List<Output> outputs = new ArrayList<>();
    private String toolVersion = "";
    private RuleDocs ruleDocs = RuleDocs.NONE;
    private Path annotateDirectory;

    private Builder() {}

    /**
     * Files and directories to lint, as a user names them: a file is linted whatever its
     * extension and reported under the name given, a directory is walked for reports. A directory
     * without reports, or one the walk cannot read, makes the run {@link LintOutcome.Status#UNREADABLE}.
     */
    public Builder paths(List<String> paths) {
      this.paths.addAll(paths);
      return this;
    }

    /** Reports the caller found itself (the Maven plugin's includes and excludes). */
    public Builder inputs(List<InputCollector.Input> inputs) {
      this.inputs.addAll(inputs);
      return this;
    }

    /**
     * One more report, read from {@code in} (at most the {@linkplain #maxFileSize maximum size}
     * and a byte) once the outputs are open, and reported under {@code name}. It is linted first.
     */
    public Builder standardInput(InputStream in, String name) {
      this.standardInput = Objects.requireNonNull(in, "in");
      this.standardInputName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** A configuration file for every report. Unset: each report's nearest {@code .gaokai-lint.yaml} in its directory or above. */
    public Builder config(Path file) {
      this.config = file;
      return this;
    }

    /**
     * The rules of reports no configuration file applies to, instead of the built-in {@code
     * national} set: built-in rule sets by name or rule-set files (relative to the {@linkplain
     * #projectDirectory project directory}), in order, a later rule replacing an earlier one with
     * its id. Loaded only if some report needs them.
     */
    public Builder defaultRuleSets(List<String> names) {
      this.defaultRuleSets = names;
      return this;
    }

    /**
     * The directory the run belongs to (default: the current one). The configuration whose
     * {@code lang} and {@code failOn} apply, and whose rules the outputs describe, is the one
     * found from here upward; without one, the one configuration every report shares, else none.
     */
    public Builder projectDirectory(Path dir) {
      this.projectDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The directory file locations are relative to in the outputs (SARIF {@code %SRCROOT%}); default: the current one. */
    public Builder baseDirectory(Path dir) {
      this.baseDirectory = dir;
      return this;
    }

    /**
     * Last year's report for every report of the run: the rules that compare with last year
     * ({@code previous(…)}) read it. Used for a report of the year after it; a report of another
     * year is checked without it, and the run says so.
     */
    /** Directories outside the project that {@code extends} and {@code format} may read rule files from. */
    public Builder allowRulesFrom(List<Path> directories) {
      this.allowRulesFrom = directories == null ? List.of() : List.copyOf(directories);
      return this;
    }

    public Builder previous(Path file) {
      this.previous = file;
      return this;
    }

    /**
     * Whether each report is compared with last year's report of the same organ when the run
     * has it (default: yes). Reading every report's organ and year first costs a parse per report.
     */
    public Builder pairYears(boolean pair) {
      this.pairYears = pair;
      return this;
    }

    /** A baseline ({@link Baseline}): the findings it records do not count; entries no longer met are reported. */
    public Builder baseline(Path file) {
      this.baseline = file;
      return this;
    }

    /** Records the run's active findings as a baseline in {@code file}. */
    public Builder writeBaseline(Path file) {
      this.writeBaseline = file;
      return this;
    }

    /** Files linted in parallel (default: the number of cores); the outputs do not depend on it. */
    public Builder jobs(int jobs) {
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
      }
      this.jobs = jobs;
      return this;
    }

    /** The largest input read, in bytes (default 50 MB); larger ones get an {@code input-unreadable} finding. */
    public Builder maxFileSize(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("the maximum file size must be positive: " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /** The largest input read, in megabytes as the command line and the plugin take it (1 MB = 2^20 bytes). */
    public Builder maxFileSizeMb(long megabytes) {
      return maxFileSize(Math.min(megabytes, Long.MAX_VALUE >> 20) << 20);
    }

    /**
     * The severity at which findings fail the run ({@code error}, {@code warning}, {@code info}
     * or {@code never}). Unset: the configuration's, else {@code error}. An unknown value stops
     * the run with a usage error once the configuration has loaded.
     */
    public Builder failOn(String level) {
      this.failOn = level;
      return this;
    }

    /** The language of messages ({@code zh}, {@code en}). Unset: the configuration's, else {@code zh}. */
    public Builder lang(String lang) {
      this.lang = lang;
      return this;
    }

    /** Adds an output; outputs are written in the order added. */
    public Builder output(Output output) {
      this.outputs.add(Objects.requireNonNull(output, "output"));
      return this;
    }

    /** The version the outputs name. */
    public Builder toolVersion(String version) {
      this.toolVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Where the rule documentation is, for links from the outputs to each rule's section (SARIF
     * {@code helpUri}). Unset: no links.
     */
    public Builder ruleDocs(RuleDocs docs) {
      this.ruleDocs = Objects.requireNonNull(docs, "docs");
      return this;
    }

    /**
     * Writes a copy of each Word report (docx, doc) into {@code dir} with one comment per finding
     * that counts, anchored on the paragraph or table cell it is about; a doc's copy is a docx.
     * Reports of other kinds are not annotated (the run says so once). The run refuses, before
     * anything is read, a directory that is a file or where a copy would overwrite a report or an
     * output; a directory walk does not enter it.
     */
    public Builder annotateDirectory(Path dir) {
      this.annotateDirectory = dir;
      return this;
    }

    public LintRequest build() {
      return new LintRequest(this);
    }
  }
}
