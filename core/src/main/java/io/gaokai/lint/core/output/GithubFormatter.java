package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one line per active finding, which the runner turns into an
 * annotation on the report's line (in the run's summary and the pull request's changed files).
 *
 * <pre>{@code
 * ::error file=reports/2023.txt,line=80,col=1,endLine=80,endColumn=12,title=fee-statement-missing::MESSAGE%0A修正：…
 * }</pre>
 *
 * The command is {@code error}, {@code warning} or {@code notice} after the finding's severity;
 * {@code endLine} and {@code endColumn} (the column after the marked text, as in SARIF) are there
 * when the finding marks text; {@code title} is the rule id. The message is the finding's message
 * in the run's language, then on lines of their own where to look in the original (Word, PDF) and
 * how to fix it. Nothing else is written: no summary line, which would be one more annotation and
 * count against GitHub's limits (10 errors, 10 warnings and 10 notices shown per step) — the exit
 * code says whether the run failed, and SARIF or {@code --report text:FILE} lists everything.
 *
 * <p>GitHub's escaping ({@code actions/toolkit}): in the message {@code %}, CR and LF become
 * {@code %25}, {@code %0D}, {@code %0A}; in property values {@code :} and {@code ,} also become
 * {@code %3A} and {@code %2C}. So nothing a report or its file name holds can end the line or a
 * property, and no text of a report can start a workflow command of its own. Other control
 * characters, bidirectional overrides and Unicode line separators are shown escaped as the text
 * format shows them ({@link TerminalText}). File names are relative to the base directory when
 * the file is in it ({@link ArtifactLocation#plainPath}): run from the repository's root.
 */
public final class GithubFormatter implements FindingsFormatter {

  private final FormatContext context;

  public GithubFormatter(FormatContext context) {
    this.context = context;
  }

  @Override
  public void begin(Writer out) {
    // commands only
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    String file = ArtifactLocation.plainPath(result.file(), context.baseDirectory());
    for (Finding f : result.activeFindings()) {
      out.write(command(f, file));
      out.write('\n');
    }
  }

  private String command(Finding f, String file) {
    Span s = f.span();
    StringBuilder sb = new StringBuilder(160);
    sb.append("::").append(command(f.severity()))
        .append(" file=").append(property(file))
        .append(",line=").append(s.line())
        .append(",col=").append(s.column());
    if (s.length() > 0) {
      sb.append(",endLine=").append(s.line()).append(",endColumn=").append(s.column() + s.length());
    }
    sb.append(",title=").append(property(f.ruleId()));
    sb.append("::").append(data(message(f)));
    return sb.toString();
  }

  /** The message, where to look in the original, how to fix it: one per line before escaping. */
  private String message(Finding f) {
    boolean en = context.english();
    StringBuilder sb = new StringBuilder(f.message().get(context.lang()));
    if (!f.span().locator().isEmpty()) {
      sb.append('\n').append(en ? "in the original: " : "原文位置：").append(f.span().locator().describe(en));
    }
    Rule rule = context.rules() == null ? null : context.rules().rule(f.ruleId()).orElse(null);
    if (rule == null && f.ruleId().equals(RuleCatalog.INPUT_RULE.id())) {
      rule = RuleCatalog.INPUT_RULE;
    }
    if (rule != null && !rule.help().get(context.lang()).isBlank()) {
      sb.append('\n').append(en ? "fix: " : "修正：").append(rule.help().get(context.lang()).strip());
    }
    return sb.toString();
  }

  /** The workflow command of a severity: GitHub has no "info", its lowest level is {@code notice}. */
  static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** A message escaped as GitHub unescapes it: {@code %}, CR, LF. */
  static String data(String text) {
    return escape(text, false);
  }

  /** A property value escaped as GitHub unescapes it: {@code %}, CR, LF, {@code :} and {@code ,}. */
  static String property(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean property) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> sb.append("%25");
        case '\r' -> sb.append("%0D");
        case '\n' -> sb.append("%0A");
        case ':' -> sb.append(property ? "%3A" : ":");
        case ',' -> sb.append(property ? "%2C" : ",");
        default -> sb.append(c);
      }
    }
    // what is left that a log should not carry raw (ESC, bidi overrides, U+2028…) is shown escaped;
    // TerminalText writes neither %, CR, LF, colon nor comma, so the escaping above stays as it is
    return TerminalText.safe(sb.toString());
  }

  @Override
  public void end(RunSummary summary, Writer out) {
    // no summary: see the class comment
  }
}
