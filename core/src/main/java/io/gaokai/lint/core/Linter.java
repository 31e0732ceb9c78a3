package io.gaokai.lint.core;

import io.gaokai.lint.core.model.DisableComment;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.parse.OrganName;
import io.gaokai.lint.core.parse.ReportParser;
import io.gaokai.lint.core.read.ExpandedSize;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import io.gaokai.lint.core.rules.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's entry point: reads an input, builds the report model and runs every applicable rule.
 * Never throws for a bad input: an input that cannot be read yields one {@code input} finding.
 * Thread-safe; holds no per-file state.
 */
public final class Linter {

  /** The pseudo-rule of inputs that cannot be read. */
  public static final String INPUT_RULE_ID = "input-unreadable";

  public static final LocalizedText INPUT_RULE_DESCRIPTION =
      new LocalizedText(
          "文件无法作为报告读取：不存在或没有读取权限、是目录、为空或没有文字、超过 --max-file-size 的大小上限、"
              + "不是文本或已损坏、已加密，或是不支持的类型（如 OpenDocument）。",
          "The file cannot be read as a report: it is missing or not readable, a directory, empty or without text,"
              + " larger than --max-file-size, binary or damaged, encrypted, or of an unsupported kind such as"
              + " OpenDocument.");

  /**
   * Default limit on input size (50 MB); larger files get an {@code input} finding. What a
   * compressed input may expand to has the same default ({@link Readers#DEFAULT_EXPANDED_LIMIT}).
   */
  public static final long DEFAULT_MAX_FILE_SIZE = Readers.DEFAULT_EXPANDED_LIMIT;


  /** The longest array the JVM allocates. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private final RuleSet rules;
  private final Readers readers;
  private volatile ReportParser parser;
  private final long maxFileSize;
  private final ParseAhead ahead;

  public Linter(RuleSet rules) {
    this(rules, new Readers(DEFAULT_MAX_FILE_SIZE), DEFAULT_MAX_FILE_SIZE);
  }

  public Linter(RuleSet rules, Readers readers, long maxFileSize) {
    this(rules, readers, maxFileSize, ParseAhead.NONE);
  }

  /** A linter that takes the reports {@code ahead} parsed already (see {@link ParseAhead#take}). */
  public Linter(RuleSet rules, Readers readers, long maxFileSize, ParseAhead ahead) {
    this.rules = rules;
    this.readers = readers;
    this.maxFileSize = maxFileSize;
    this.ahead = ahead;
  }

  public RuleSet rules() {
    return rules;
  }

  /** The parser of the rule set's format, made on first use (the rule set may still be loading before). */
  private ReportParser parser() {
    ReportParser p = parser;
    if (p == null) {
      p = new ReportParser(rules.format());
      parser = p;
    }
    return p;
  }

  /** Last year's report of the same organ, for the rules that compare with it, and the file it was read from. */
  public record LastYear(Report report, String file) {}

  /** Lints a file; {@code name} is how it is reported (usually the path as given). */
  public FileResult lint(Path path, String name) {
    return lint(path, name, null);
  }

  /**
   * The report in a file, parsed but not checked, or null when it cannot be read: last year's
   * report for {@link #lint(Path, String, LastYear)}, or a look at a report's organ and year.
   */
  public Report parseFile(Path path, String name) {
    try {
      SourceDocument doc = readQuietly(path, name);
      return doc == null ? null : parse(doc);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return null;
    }
  }

  /** The text of a report file within the size limit, or null when it cannot be read (no finding is made of it). */
  private SourceDocument readQuietly(Path path, String name) {
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > maxFileSize) { // a pipe would block
        return null;
      }
      byte[] content = readAtMost(path, maxFileSize);
      return content.length > maxFileSize ? null : readers.read(name, content);
    } catch (IOException | InputException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return null;
    }
  }

  /** A report's organ (see {@link OrganName}) and year, as far as they could be read. */
  public record OrganYear(String organ, int year) {}

  /**
   * The organ and year of the report in a file, from its title when that names both (without
   * parsing the rest), else from the whole report; null when the file cannot be read.
   */
  public OrganYear organAndYear(Path path, String name) {
    try {
      SourceDocument doc = readQuietly(path, name);
      if (doc == null) {
        return null;
      }
      io.gaokai.lint.core.model.Title title = parser().title(doc);
      if (title != null) {
        String organ = io.gaokai.lint.core.parse.NormalizedText.normalize(title.organ());
        if (OrganName.isName(organ)) {
          return new OrganYear(organ, title.year());
        }
      }
      Report report = parse(doc);
      return new OrganYear(OrganName.of(report), report.year());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return null;
    }
  }

  /**
   * Lints a file with last year's report of the same organ at hand (null: none), for the rules
   * that compare with it ({@code previous(…)}).
   */
  public FileResult lint(Path path, String name, LastYear lastYear) {
    byte[] content;
    try {
      if (Files.isDirectory(path)) {
        return unreadable(name, "是目录而不是文件", "is a directory, not a file");
      }
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        // opening a FIFO waits for a writer and a device may never end: refused at once
        return unreadable(name, "不是普通文件（管道、设备等）", "is not a regular file (a pipe, a device …)");
      }
      long size = Files.size(path);
      if (size > maxFileSize) {
        return tooLarge(name, ExpandedSize.megabytes(size));
      }
      content = readAtMost(path, maxFileSize);
      if (content.length > maxFileSize) {
        // a device or pipe reports no size, or the file grew: it is larger than the limit all the same
        return tooLarge(name, "超过 " + ExpandedSize.megabytes(maxFileSize), "over " + ExpandedSize.megabytes(maxFileSize));
      }
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(path)) {
        String target = linkTarget(path);
        return unreadable(
            name, "符号链接指向的文件不存在（" + target + "）", "broken symbolic link: its target " + target + " does not exist");
      }
      return unreadable(name, "文件不存在", "no such file");
    } catch (AccessDeniedException e) {
      return unreadable(name, "没有读取权限", "permission denied");
    } catch (IOException | SecurityException e) {
      return unreadable(name, "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage());
    }
    return lint(name, content, lastYear);
  }

  /**
   * Reads at most {@code limit + 1} bytes, so that a file over the limit is told apart without
   * reading it all: {@code /dev/zero} or a pipe has no size to check beforehand and never ends.
   */
  private static byte[] readAtMost(Path path, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes((int) Math.min(limit + 1, MAX_ARRAY_LENGTH));
    }
  }

  private static String linkTarget(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return "?";
    }
  }

  private FileResult tooLarge(String name, String size) {
    return tooLarge(name, size, size);
  }

  private FileResult tooLarge(String name, String sizeZh, String sizeEn) {
    String limit = ExpandedSize.megabytes(maxFileSize);
    return unreadable(
        name,
        "文件过大（" + sizeZh + "，上限 " + limit + "）",
        "file too large (" + sizeEn + ", limit " + limit + ")");
  }


  /**
   * Lints an input given as bytes. Never throws: an input that cannot be read gives one {@code
   * input} finding, and so does one that exhausts the stack or the memory while it is read,
   * parsed or checked.
   */
  public FileResult lint(String name, byte[] content) {
    return lint(name, content, null);
  }

  /** Lints an input given as bytes with last year's report at hand (null: none); never throws. */
  public FileResult lint(String name, byte[] content, LastYear lastYear) {
    try {
      return readParseAndCheck(name, content, lastYear);
    } catch (StackOverflowError e) {
      return tooDeep(name);
    } catch (OutOfMemoryError e) {
      // the input's text and model are garbage once this returns: the next input has the memory back
      return outOfMemory(name);
    }
  }

  private FileResult readParseAndCheck(String name, byte[] content, LastYear lastYear) {
    // read ahead under the default expanded-size limit: of no use to a run with a lower one
    ParseAhead.Parsed early = maxFileSize >= ParseAhead.EXPANDED_LIMIT ? ahead.take(name, content) : null;
    if (early != null && early.report() != null && early.report().definition() != rules.format()) {
      early = null; // parsed against another format than this run's rules use
    }
    if (early != null) {
      if (early.unreadable() != null) {
        return unreadable(name, early.unreadable().message(false), early.unreadable().message(true));
      }
      return checked(name, early.document(), early.report(), lastYear);
    }
    SourceDocument doc;
    try {
      doc = readers.read(name, content);
    } catch (InputException e) {
      return unreadable(name, e.message(false), e.message(true));
    } catch (RuntimeException e) {
      return unreadable(name, "读取时出错：" + e, "error while reading: " + e);
    }
    Report report;
    try {
      report = parser().parse(doc);
    } catch (RuntimeException e) {
      return unreadable(name, "分析报告结构时出错：" + e, "error while parsing the report: " + e);
    }
    return checked(name, doc, report, lastYear);
  }

  private FileResult checked(String name, SourceDocument doc, Report report, LastYear lastYear) {
    // last year's report is the year before this one's; another year's (a --previous of the wrong year) is not used
    boolean useful = lastYear != null && report.year() > 0 && lastYear.report().year() == report.year() - 1;
    CheckContext context = useful ? new CheckContext(report, lastYear.report(), lastYear.file()) : CheckContext.of(report);
    return new FileResult(name, doc.kind(), report, inOriginal(report, suppressInSource(report, checkPieces(context))));
  }

  private static FileResult tooDeep(String name) {
    return unreadable(
        name,
        "文档结构嵌套过深或过于复杂，检查时栈溢出",
        "the document is nested too deeply or too complex to check (the stack overflowed)");
  }

  private static FileResult outOfMemory(String name) {
    return unreadable(
        name,
        "文档过大，可用内存不足以检查：请调低文件大小上限，或给 Java 更多内存（-Xmx）",
        "the document is too large to check in the memory available: lower the file size limit, or"
            + " give Java more memory (-Xmx)");
  }

  /** Marks the findings a {@code gaokai-lint-disable} comment covers; they stay in the result. */
  private static List<Finding> suppressInSource(Report report, List<Finding> findings) {
    if (report.disableComments().isEmpty()) {
      return findings;
    }
    DisableCommentIndex index = new DisableCommentIndex(report.disableComments());
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      DisableComment c = index.covering(f.ruleId(), f.span().line());
      out.add(c == null ? f : f.suppressedBy(new Suppression(Suppression.Kind.IN_SOURCE, c.reason())));
    }
    return out;
  }

  /** Parses a document against the rule set's format. */
  public Report parse(SourceDocument doc) {
    return parser().parse(doc);
  }

  /** Runs every applicable rule on a report. */
  public List<Finding> check(Report report) {
    return check(CheckContext.of(report));
  }

  /**
   * Runs every applicable rule in a context. The findings are placed in the text as the reader
   * produced it, also where the parser read whole-page text cut into pieces.
   */
  public List<Finding> check(CheckContext context) {
    return inOriginal(context.report(), checkPieces(context));
  }

  /** The findings with their places moved from the pieces of a cut document to its original lines. */
  private static List<Finding> inOriginal(Report report, List<Finding> findings) {
    SourceDocument doc = report.source();
    if (doc.original() == doc) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.at(doc.toOriginal(f.span()), f.data().mapSpans(doc::toOriginal)));
    }
    return out;
  }

  /** Runs the rules; places are in the report's source, pieces of a cut document included. */
  private List<Finding> checkPieces(CheckContext context) {
    Report report = context.report();
    List<Finding> findings = new ArrayList<>();
    String file = report.source().name();
    for (Rule rule : rules.rules()) {
      if (!rule.when().appliesTo(report)) {
        continue;
      }
      try {
        rule.check().run(
            context,
            (span, args, data) ->
                findings.add(
                    new Finding(
                        rule.id(), rule.category(), rule.severity(), rule.message().format(args), file, span, args, data, null)));
      } catch (RuntimeException | StackOverflowError e) {
        // one failing rule never costs the findings of the others
        findings.add(
            new Finding(
                rule.id(),
                Category.INPUT,
                Severity.ERROR,
                new LocalizedText("规则 " + rule.id() + " 检查时出错：" + e, "rule " + rule.id() + " failed: " + e),
                file,
                Span.startOfLine(1)));
      }
    }
    return findings;
  }

  private static FileResult unreadable(String name, String zh, String en) {
    Finding f =
        new Finding(
            INPUT_RULE_ID,
            Category.INPUT,
            Severity.ERROR,
            new LocalizedText("无法读取报告：" + zh, "cannot read the report: " + en),
            name,
            Span.startOfLine(1));
    return new FileResult(name, "unknown", null, List.of(f));
  }
}
