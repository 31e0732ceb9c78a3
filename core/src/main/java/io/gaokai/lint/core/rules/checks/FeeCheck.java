package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.Part;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 信息处理费 statement in part 六: {@code check: missing | contradiction | amount-missing |
 * amount-multiple}. Options: {@code statement} (regular expression that recognises the statement),
 * {@code noNotice} (one that recognises a claim that no fee notice was issued). Patterns are RE2:
 * linear time, whatever the input.
 *
 * <p>Placeholders: {@code count} (requests dropped for unpaid fees, table 三 row （六）2 总计),
 * {@code amount} (an amount in 元 as written), {@code found} (the statement sentence).
 */
public final class FeeCheck implements Check {

  static final String DEFAULT_STATEMENT = "处理费|收费|收取.{0,8}费";
  static final String DEFAULT_NO_NOTICE =
      "(未|没有|无)(向申请人)?(发出|出具|发放|下发|寄送|送达)(过)?(任何)?(信息处理费)?(收费|缴费)通知";
  private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(万)?元");
  private static final String UNPAID_FEE_ROW = "results.other.unpaidFee";

  private final String aspect;
  private final Pattern statement;
  private final Pattern noNotice;

  private FeeCheck(String aspect, Pattern statement, Pattern noNotice) {
    this.aspect = aspect;
    this.statement = statement;
    this.noNotice = noNotice;
  }

  /** The {@code fee} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "fee";
    }

    @Override
    public List<String> placeholders() {
      return List.of("count", "amount", "found");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      String aspect = options.choice("check", null, List.of("missing", "contradiction", "amount-missing", "amount-multiple"));
      return new FeeCheck(
          aspect,
          regex(options, "statement", DEFAULT_STATEMENT),
          regex(options, "noNotice", DEFAULT_NO_NOTICE));
    }
  }

  static Pattern regex(Options options, String key, String fallback) throws RuleDefinitionException {
    return regex(options, key, fallback, 0);
  }

  /** A user's regular expression, compiled with RE2/J (linear time) and the given flags. */
  static Pattern regex(Options options, String key, String fallback, int flags) throws RuleDefinitionException {
    String text = options.optionalString(key, fallback);
    try {
      return Pattern.compile(text, flags);
    } catch (PatternSyntaxException e) {
      throw options.error(key, "无效的正则表达式 / invalid regular expression: " + e.getMessage());
    }
  }

  /**
   * The sentence of part 六 that states the fee, possibly wrapped over several lines (PDF text),
   * and where its key words are.
   */
  private record Statement(String text, int line, int start, int end) {}

  @Override
  public void run(Report report, Reporter reporter) {
    Part other = report.part(PartKind.OTHER).orElse(null);
    Statement found = findStatement(report, other);
    switch (aspect) {
      case "missing" -> {
        if (found == null) {
          Span where = other != null ? other.heading().span() : report.source().span(Math.max(1, report.source().lineCount()), 1, 1);
          reporter.report(where, Args.create().put("count", 0).put("amount", "").put("found", "").build());
        }
      }
      case "contradiction" -> {
        long count = unpaidFeeRequests(report);
        if (found != null && count > 0) {
          Matcher m = noNotice.matcher(found.text);
          if (m.find()) {
            reporter.report(span(report, found), Args.create().put("count", count).put("amount", "").put("found", found.text).build());
          }
        }
      }
      case "amount-missing" -> {
        long count = unpaidFeeRequests(report);
        if (found != null && count > 0 && !AMOUNT.matcher(found.text).find()) {
          reporter.report(span(report, found), Args.create().put("count", count).put("amount", "").put("found", found.text).build());
        }
      }
      case "amount-multiple" -> {
        if (found != null) {
          Matcher m = AMOUNT.matcher(found.text);
          while (m.find()) {
            BigDecimal amount = new BigDecimal(m.group(1));
            if (m.group(2) == null && amount.remainder(BigDecimal.TEN).signum() != 0) {
              reporter.report(
                  span(report, found),
                  Args.create().put("count", 0).put("amount", m.group(1)).put("found", found.text).build());
            }
          }
        }
      }
      default -> throw new IllegalStateException(aspect);
    }
  }

  private Statement findStatement(Report report, Part other) {
    int first = other != null ? other.heading().span().line() : afterTables(report);
    int last = other != null ? other.lastLine() : report.source().lineCount();
    StringBuilder joined = new StringBuilder();
    List<int[]> origin = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      String line = report.source().line(n);
      if (isTableLine(line)) {
        joined.append('。');
        origin.add(new int[] {n, 0});
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        joined.append(line.charAt(i));
        origin.add(new int[] {n, i});
      }
      if (line.isBlank()) {
        joined.append('。');
        origin.add(new int[] {n, 0});
      }
    }
    Matcher m = statement.matcher(joined);
    if (!m.find()) {
      return null;
    }
    int from = Math.max(lastIndexOf(joined, m.start()) + 1, 0);
    int to = joined.indexOf("。", m.end());
    to = to < 0 ? joined.length() : to + 1;
    int[] at = origin.get(m.start());
    int[] until = origin.get(m.end() - 1);
    int endOnLine = until[0] == at[0] ? until[1] + 1 : report.source().line(at[0]).length();
    return new Statement(joined.substring(from, to).replaceAll("\\s+", ""), at[0], at[1], endOnLine);
  }

  private static int lastIndexOf(CharSequence s, int before) {
    for (int i = before - 1; i >= 0; i--) {
      if (s.charAt(i) == '。') {
        return i;
      }
    }
    return -1;
  }

  /** Table rows and labels that mention fees without being a statement about 信息处理费. */
  private static boolean isTableLine(String line) {
    return line.indexOf('\t') >= 0 || line.contains("行政事业性收费") || line.contains("收费通知要求") || line.contains("收费金额");
  }

  /** Without a part 六, the statement is looked for from part 五 on. */
  private static int afterTables(Report report) {
    return report.part(PartKind.PROBLEMS).map(p -> p.heading().span().line()).orElse(1);
  }

  private static Span span(Report report, Statement s) {
    String line = report.source().line(s.line);
    int col = line.codePointCount(0, s.start) + 1;
    return report.source().span(s.line, col, line.codePointCount(s.start, Math.max(s.start, s.end)));
  }

  /** Row （六）2 总计 of table 三, or 0 when the table or the cell is not there. */
  private static long unpaidFeeRequests(Report report) {
    return report.table(TableKind.APPLICATIONS)
        .flatMap(t -> t.cell(UNPAID_FEE_ROW, "total"))
        .filter(Cell::isNumber)
        .map(c -> c.value().longValue())
        .orElse(0L);
  }
}
