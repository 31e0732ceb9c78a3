package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.Part;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.TextView;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in the text a rule looks ({@code part: 6}, {@code part: [1, 3]}, {@code part: any}): the
 * paragraphs of the body of each part named (its first occurrence), or of the whole text.
 */
final class Scope {

  private final List<Integer> parts;

  private Scope(List<Integer> parts) {
    this.parts = parts;
  }

  static final Scope EVERYWHERE = new Scope(List.of());

  /** Reads the option {@code key}: part numbers, or {@code any} (the default). */
  static Scope read(Options options, String key) throws RuleDefinitionException {
    List<String> values = options.strings(key);
    if (values.isEmpty() || values.size() == 1 && values.get(0).equals("any")) {
      return EVERYWHERE;
    }
    List<Integer> numbers = new ArrayList<>();
    for (String v : values) {
      try {
        int n = Integer.parseInt(v.strip());
        if (n < 1 || n > 10) {
          throw new NumberFormatException();
        }
        numbers.add(n);
      } catch (NumberFormatException e) {
        throw options.error(key, key + " 应为部分编号（1 到 10）、编号列表或 any / " + key + " must be a part number (1 to 10), a list of them, or any");
      }
    }
    for (int n : numbers) {
      if (options.format().part(n).isEmpty()) {
        throw options.error(key, "格式中没有第" + n + "部分 / the format has no part " + n + "; parts: "
            + options.format().parts().stream().map(p -> p.number()).toList());
      }
    }
    return new Scope(List.copyOf(numbers));
  }

  boolean isEverywhere() {
    return parts.isEmpty();
  }

  List<Integer> parts() {
    return parts;
  }

  /** The paragraphs in scope, in document order; for a part the report lacks, none. */
  List<TextView.Paragraph> paragraphs(Report report) {
    if (parts.isEmpty()) {
      return report.text().paragraphs();
    }
    List<TextView.Paragraph> out = new ArrayList<>();
    for (int n : parts) {
      report.part(n).ifPresent(p -> out.addAll(report.text().between(p.firstLine(), p.lastLine())));
    }
    return out;
  }

  /**
   * The paragraphs where a part should be, when it is absent: from the heading of the part before
   * it (or the start) to the end. The part's own when present.
   */
  static List<TextView.Paragraph> whereItShouldBe(Report report, int number) {
    Part p = report.part(number).orElse(null);
    if (p != null) {
      return report.text().between(p.firstLine(), p.lastLine());
    }
    int from = report.part(number - 1).map(q -> q.heading().span().line()).orElse(1);
    return report.text().between(from, report.source().lineCount());
  }

  /** Where a finding about the scope as a whole goes: the heading of its (first) part, else the document's anchor. */
  Span anchor(Report report) {
    for (int n : parts) {
      Part p = report.part(n).orElse(null);
      if (p != null) {
        return p.heading().span();
      }
    }
    return DocumentAnchor.of(report);
  }

  /** The scope's name for messages. */
  String name(Report report, boolean english) {
    if (parts.isEmpty()) {
      return english ? "the whole text" : "全文";
    }
    List<String> names = new ArrayList<>();
    for (int n : parts) {
      PartKind kind = report.definition().part(n).orElse(null);
      names.add(kind == null ? String.valueOf(n) : english ? kind.englishName() : kind.heading());
    }
    return String.join(english ? ", " : "、", names);
  }
}
