package io.gaokai.lint.core;

import io.gaokai.lint.core.model.DisableComment;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.parse.ReportParser;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import io.gaokai.lint.core.rules.Suppression;
import java.io.IOException;
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
      new LocalizedText("文件无法作为报告读取：不存在、为空、不是文本、已损坏或已加密。", "The file cannot be read as a report: missing, empty, binary, damaged or encrypted.");

  /** Default limit on input size; larger files get an {@code input} finding. */
  public static final long DEFAULT_MAX_FILE_SIZE = 50L * 1024 * 1024;

  private final RuleSet rules;
  private final Readers readers;
  private final ReportParser parser = new ReportParser();
  private final long maxFileSize;

  public Linter(RuleSet rules) {
    this(rules, new Readers(), DEFAULT_MAX_FILE_SIZE);
  }

  public Linter(RuleSet rules, Readers readers, long maxFileSize) {
    this.rules = rules;
    this.readers = readers;
    this.maxFileSize = maxFileSize;
  }

  public RuleSet rules() {
    return rules;
  }

  /** Lints a file; {@code name} is how it is reported (usually the path as given). */
  public FileResult lint(Path path, String name) {
    byte[] content;
    try {
      if (Files.isDirectory(path)) {
        return unreadable(name, "是目录而不是文件", "is a directory, not a file");
      }
      long size = Files.size(path);
      if (size > maxFileSize) {
        return unreadable(
            name,
            "文件过大（" + size / (1024 * 1024) + " MB，上限 " + maxFileSize / (1024 * 1024) + " MB）",
            "file too large (" + size / (1024 * 1024) + " MB, limit " + maxFileSize / (1024 * 1024) + " MB)");
      }
      content = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return unreadable(name, "文件不存在", "no such file");
    } catch (AccessDeniedException e) {
      return unreadable(name, "没有读取权限", "permission denied");
    } catch (IOException | SecurityException e) {
      return unreadable(name, "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage());
    }
    return lint(name, content);
  }

  /** Lints an input given as bytes. */
  public FileResult lint(String name, byte[] content) {
    SourceDocument doc;
    try {
      doc = readers.read(name, content);
    } catch (InputException e) {
      return unreadable(name, e.message(false), e.message(true));
    } catch (RuntimeException e) {
      return unreadable(name, "读取时出错：" + e, "error while reading: " + e);
    }
    Report report = parser.parse(doc);
    return new FileResult(name, doc.kind(), report, suppressInSource(report, check(report)));
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

  /** Runs every applicable rule on a report. */
  public List<Finding> check(Report report) {
    List<Finding> findings = new ArrayList<>();
    String file = report.source().name();
    for (Rule rule : rules.rules()) {
      if (!rule.when().appliesTo(report)) {
        continue;
      }
      try {
        rule.check().run(
            report,
            (span, args) ->
                findings.add(new Finding(rule.id(), rule.category(), rule.severity(), rule.message().format(args), file, span)));
      } catch (RuntimeException e) {
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
