package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.ChineseNumerals;
import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.OptionSpec;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the wording of what was recognised matches the format (in the manner of Vale's
 * {@code substitution}): {@code of: partNumber} — a part heading numbered otherwise than its part;
 * {@code of: rowLabel} — a table row recognised by an approximate match of its label, written
 * otherwise than the format's label. Each finding carries the format's wording as its fix.
 */
public final class WordingCheck implements Check {

  private final String of;
  private final List<String> tables;

  private WordingCheck(String of, List<String> tables) {
    this.of = of;
    this.tables = tables;
  }

  private static final Map<String, Set<String>> PLACEHOLDERS =
      Map.of(
          "partNumber", Set.of("number", "heading", "found", "line"),
          "partHeading", Set.of("number", "heading", "found", "line"),
          "rowLabel", Set.of("table", "row", "found", "expected"));

  /** The numeral and separator in front of a heading's words. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("^\\s*(?:第)?[一二三四五六七八九十](?:部分)?\\s*[、.．,，:：\\s]\\s*");

  /** The {@code wording} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "wording";
    }

    @Override
    public String description() {
      return "What was recognised by an approximate match against the format (part headings, row labels) but is worded"
          + " or numbered otherwise; the format's wording is the fix.";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(
          OptionSpec.choice("of", true, List.of("partNumber", "partHeading", "rowLabel"),
              "partNumber: a heading numbered otherwise than its part; partHeading: a heading worded otherwise than the"
                  + " format's heading and its variants; rowLabel: a row label that differs from the format's."),
          OptionSpec.of("table", OptionSpec.Type.STRINGS, false, "For rowLabel: the tables (ids of the format); all when absent."));
    }

    @Override
    public Configured configure(Options options) throws RuleDefinitionException {
      String of = options.choice("of", null, List.of("partNumber", "partHeading", "rowLabel"));
      List<String> tables = Tables.ids(options);
      return new Configured(new WordingCheck(of, tables), PLACEHOLDERS.get(of));
    }
  }

  @Override
  public void run(CheckContext context, Reporter reporter) {
    Report report = context.report();
    if (of.equals("partHeading")) {
      for (PartHeading h : report.headings()) {
        if (!wordedAsTheFormat(h)) {
          reporter.report(
              h.span(),
              PresenceCheck.partArgs(h.kind()).put("found", h.text()).build(),
              new FindingData(h.kind().heading(), h.text(), List.of(), h.kind().heading()));
        }
      }
      return;
    }
    if (of.equals("partNumber")) {
      for (PartHeading h : report.headings()) {
        if (!h.isNumberedAsItsKind()) {
          String written = h.number() == 0 ? "" : ChineseNumerals.of(h.number());
          String fix = h.number() == 0 || !h.text().startsWith(written)
              ? null
              : h.kind().numeral() + h.text().substring(written.length());
          reporter.report(
              h.span(),
              PresenceCheck.partArgs(h.kind())
                  .put("found", written.isEmpty() ? "（无）" : written, written.isEmpty() ? "(none)" : written)
                  .build(),
              new FindingData(h.kind().numeral(), written, List.of(), fix));
        }
      }
      return;
    }
    for (TableKind kind : Tables.of(report.definition(), tables)) {
      Table t = report.table(kind.id()).orElse(null);
      if (t == null) {
        continue;
      }
      for (TableRow row : t.rows()) {
        if (row.labelDistance() > 0) {
          reporter.report(
              row.labelSpan(),
              PresenceCheck.tableArgs(kind)
                  .put("row", row.template().label(), row.template().englishLabel())
                  .put("expected", row.template().width())
                  .put("found", row.observedLabel())
                  .build(),
              new FindingData(row.template().label(), row.observedLabel(), List.of(), wholeLabel(row) ? row.template().label() : null));
        }
      }
    }
  }

  /** Whether the heading's words are the format's, or a variant's (numerals, spaces, punctuation aside). */
  private static boolean wordedAsTheFormat(PartHeading h) {
    String words = words(h.text());
    if (words.equals(words(h.kind().heading()))) {
      return true;
    }
    return h.kind().variants().stream().anyMatch(v -> words.equals(words(v)));
  }

  private static String words(String heading) {
    return io.gaokai.lint.core.parse.NormalizedText.normalize(NUMBER.matcher(heading).replaceFirst(""));
  }

  /** Whether the row's span marks its whole label, so that replacing it with the format's label fixes it. */
  private static boolean wholeLabel(TableRow row) {
    String observed = row.observedLabel();
    return !row.labelCut()
        && row.labelSpan() != null
        && observed.codePointCount(0, observed.length()) == row.labelSpan().length();
  }
}
