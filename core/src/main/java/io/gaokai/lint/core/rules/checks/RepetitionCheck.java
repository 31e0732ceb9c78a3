package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TextView;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.OptionSpec;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.List;
import java.util.Set;

/**
 * A word written twice in a row by mistake (资金资金, 进一步进一步), in the manner of Vale's
 * {@code repetition}: a run of Chinese characters, {@code min} to {@code max} long, followed at once
 * by itself, in the paragraphs of a part or of the whole text. Chinese doubles words on purpose too
 * (一个一个, 研究研究, and every single-character reduplication such as 常常 or 层层, which a {@code min}
 * of 2 leaves alone): {@code allow} lists the doubled forms that are no mistake. RE2 has no
 * back-references, so a pattern cannot say this; the check compares the characters itself, in time
 * linear in the text. The fix is the word once.
 */
public final class RepetitionCheck implements Check {

  private final int min;
  private final int max;
  private final Set<String> allowed;
  private final Scope scope;

  private RepetitionCheck(int min, int max, Set<String> allowed, Scope scope) {
    this.min = min;
    this.max = max;
    this.allowed = allowed;
    this.scope = scope;
  }

  /** The {@code repetition} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "repetition";
    }

    @Override
    public String description() {
      return "A run of Chinese characters written twice in a row (资金资金), save the doubled forms allowed; the fix is the word once.";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(
          OptionSpec.of("min", OptionSpec.Type.INTEGER, false, "The shortest word looked at, in characters (default 2: single-character reduplication such as 常常 is Chinese)."),
          OptionSpec.of("max", OptionSpec.Type.INTEGER, false, "The longest word looked at, in characters (default 6)."),
          OptionSpec.of("allow", OptionSpec.Type.STRINGS, false, "Doubled forms that are no mistake, written doubled (一个一个, 研究研究)."),
          OptionSpec.of("part", OptionSpec.Type.PARTS, false, "The part number(s) to look in, or any (default)."));
    }

    @Override
    public Configured configure(Options options) throws RuleDefinitionException {
      int min = options.integer("min", 2);
      int max = options.integer("max", 6);
      if (min < 1 || max < min || max > 20) {
        throw options.error(options.has("max") ? "max" : "min", "需要 1 ≤ min ≤ max ≤ 20 / needs 1 ≤ min ≤ max ≤ 20");
      }
      Set<String> allowed = Set.copyOf(options.has("allow") ? options.strings("allow") : List.of());
      return new Configured(new RepetitionCheck(min, max, allowed, Scope.read(options, "part")), Set.of("match", "word", "part"));
    }
  }

  @Override
  public void run(CheckContext context, Reporter reporter) {
    Report report = context.report();
    String zh = scope.name(report, false);
    String en = scope.name(report, true);
    for (TextView.Paragraph p : scope.paragraphs(report)) {
      String text = p.text();
      TextView.Paragraph.Spans spans = null;
      int i = 0;
      while (i < text.length()) {
        int length = doubledAt(text, i);
        if (length == 0) {
          i++;
          continue;
        }
        String word = text.substring(i, i + length);
        String doubled = word + word;
        if (!allowed.contains(doubled) && !inLongerRun(text, i, length)) {
          if (spans == null) {
            spans = p.spans(report.source());
          }
          Span span = spans.of(i, i + 2 * length);
          boolean oneLine = p.lineAt(i) == p.lineAt(i + 2 * length - 1);
          reporter.report(
              span,
              Args.create().put("match", doubled).put("word", word).put("part", zh, en).build(),
              oneLine ? new FindingData(word, doubled, List.of(), word) : FindingData.NONE);
        }
        i += 2 * length;
      }
    }
  }

  /** The length of the shortest word of {@code min..max} Chinese characters that starts at {@code i} and comes again at once; 0 if none. */
  private int doubledAt(String text, int i) {
    int han = 0; // how many characters from i on are Chinese, as far as looked
    for (int length = min; length <= max && i + 2 * length <= text.length(); length++) {
      while (han < length) {
        if (!isHan(text.charAt(i + han))) {
          return 0;
        }
        han++;
      }
      if (text.regionMatches(i, text, i + length, length)) {
        return length;
      }
    }
    return 0;
  }

  /**
   * Whether the doubled word is part of a longer repetition of one character (哈哈哈哈, a row of
   * 〇〇〇〇 in a template), which is no doubled word.
   */
  private static boolean inLongerRun(String text, int i, int length) {
    char c = text.charAt(i);
    for (int k = i; k < i + 2 * length; k++) {
      if (text.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF';
  }
}
