package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.model.PartHeading;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The six parts: {@code check: missing | duplicated | order | numbering}.
 *
 * <p>Placeholders: {@code number} (the part's numeral), {@code heading} (canonical heading),
 * {@code found} (the heading or numeral as written), {@code line} (line of the first occurrence).
 */
public final class PartsCheck implements Check {

  private final String aspect;

  private PartsCheck(String aspect) {
    this.aspect = aspect;
  }

  /** The {@code parts} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "parts";
    }

    @Override
    public List<String> placeholders() {
      return List.of("number", "heading", "found", "line");
    }

    @Override
    public Check create(Options options) throws RuleDefinitionException {
      return new PartsCheck(options.choice("check", null, List.of("missing", "duplicated", "order", "numbering")));
    }
  }

  @Override
  public void run(Report report, Reporter reporter) {
    List<PartHeading> headings = report.headings();
    Map<PartKind, PartHeading> first = new EnumMap<>(PartKind.class);
    for (PartHeading h : headings) {
      first.putIfAbsent(h.kind(), h);
    }
    switch (aspect) {
      case "missing" -> {
        for (PartKind kind : PartKind.values()) {
          if (!first.containsKey(kind)) {
            reporter.report(whereMissing(report, first, kind), args(kind).put("found", "").build());
          }
        }
      }
      case "duplicated" -> {
        for (PartHeading h : headings) {
          PartHeading f = first.get(h.kind());
          if (f != h) {
            reporter.report(h.span(), args(h.kind()).put("found", h.text()).put("line", f.span().line()).build());
          }
        }
      }
      case "order" -> {
        int highest = 0;
        for (PartHeading h : first.values().stream().sorted((a, b) -> Integer.compare(a.span().line(), b.span().line())).toList()) {
          if (h.kind().number() < highest) {
            reporter.report(h.span(), args(h.kind()).put("found", h.text()).build());
          }
          highest = Math.max(highest, h.kind().number());
        }
      }
      case "numbering" -> {
        for (PartHeading h : headings) {
          if (!h.isNumberedAsItsKind()) {
            String written = h.number() == 0 ? "" : PartKind.NUMERALS.get(h.number() - 1);
            reporter.report(h.span(), args(h.kind()).put("found", written.isEmpty() ? "（无）" : written, written.isEmpty() ? "(none)" : written).build());
          }
        }
      }
      default -> throw new IllegalStateException(aspect);
    }
  }

  private static Args args(PartKind kind) {
    return Args.create()
        .put("number", kind.numeral(), String.valueOf(kind.number()))
        .put("heading", kind.heading(), kind.heading() + " (" + kind.englishName() + ")")
        .put("line", 0);
  }

  /** A missing part is reported where it should start: at the next part present, else at the end. */
  private static Span whereMissing(Report report, Map<PartKind, PartHeading> first, PartKind kind) {
    for (PartKind later : PartKind.values()) {
      if (later.number() > kind.number() && first.containsKey(later)) {
        return first.get(later).span();
      }
    }
    int last = Math.max(1, report.source().lineCount());
    return report.source().span(last, 1, 1);
  }
}
