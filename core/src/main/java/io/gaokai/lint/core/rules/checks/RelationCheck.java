package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ColumnTemplate;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.model.TextView;
import io.gaokai.lint.core.model.YearMention;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.OptionSpec;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.YamlNode;
import io.gaokai.lint.core.rules.expr.Evaluator;
import io.gaokai.lint.core.rules.expr.Expr;
import io.gaokai.lint.core.rules.expr.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assertions over the numbers and facts of a report (in the manner of Spectral's {@code given} +
 * {@code then}): {@code forEach} says where they are evaluated — once, in every column or row of a
 * table (names are then the cell keys of that row or column: {@code new + carriedOver =
 * results.total + carryForward}), at every cell, in every sentence of a part that {@code select}
 * matches (its named groups become names: a number stated in the text), at every year the overview
 * mentions — and {@code assert} what must hold there. {@code let} names values for the assertion
 * and the message, {@code where} skips places it does not apply to, {@code previous(…)} reads the
 * same place in last year's report. An assertion over anything unknown (a missing or non-numeric
 * cell, a fact the report does not state) reports nothing.
 */
public final class RelationCheck implements Check {

  private static final List<String> FOR_EACH = List.of("once", "column", "row", "cell", "sentence", "yearMention", "period");

  /** Facts every expression may name. */
  static final Set<String> FACTS =
      Set.of(
          "report.year", "report.organ", "report.format", "report.expectedFormat", "period.text", "period.year",
          "period.calendarYear", "period.start", "period.end", "publication.date", "previous.exists", "organ.title",
          "organ.signature", "organ.level");

  /** The names each place gives expressions. */
  private static final Map<String, Set<String>> BOUND =
      Map.of(
          "once", Set.of(),
          "column", Set.of(),
          "row", Set.of("row.cells", "row.width", "row.labelDistance", "row.extraCell", "row.blankCells", "row.blankColumns", "row.uncertain",
              "row.runTogether"),
          "cell", Set.of("cell.isNumber", "cell.isCount", "cell.isBlank", "cell.text"),
          "sentence", Set.of("sentence", "match", "found"),
          "yearMention", Set.of("mentioned", "count"),
          "period", Set.of());

  /** The placeholders each place fills besides its names: the labels of where it is. */
  private static final Map<String, Set<String>> PLACE_PLACEHOLDERS =
      Map.of(
          "once", Set.of(),
          "column", Set.of("column", "row", "table"),
          "row", Set.of("row", "column", "table"),
          "cell", Set.of("row", "table", "found"),
          "sentence", Set.of(),
          "yearMention", Set.of(),
          "period", Set.of());

  private static final Set<String> IDENTITY_PLACEHOLDERS = Set.of("assertion", "cells", "expected", "actual", "difference");

  private final String forEach;
  private final List<String> tables;
  private final Scope scope;
  private final Pattern select;
  private final boolean first;
  private final Pattern each;
  private final Map<String, Expr> lets;
  private final List<Expr> where;
  private final List<Expr> asserts;
  private final Expr at;
  private final int limit;
  private final Map<String, Pattern> regexes;
  private final boolean blankAsZero;
  /** The lets a condition, an assertion or {@code at} reads, directly or through another let. */
  private final Set<String> eagerLets;

  private RelationCheck(Builder b) {
    this.forEach = b.forEach;
    this.tables = b.tables;
    this.scope = b.scope;
    this.select = b.select;
    this.first = b.first;
    this.each = b.each;
    this.lets = b.lets;
    this.where = b.where;
    this.asserts = b.asserts;
    this.at = b.at;
    this.limit = b.limit;
    this.regexes = b.regexes;
    this.blankAsZero = b.blankAsZero;
    this.eagerLets = eagerLets(b);
  }

  private static final class Builder {
    String forEach;
    List<String> tables;
    Scope scope = Scope.EVERYWHERE;
    Pattern select;
    boolean first;
    Pattern each;
    Map<String, Expr> lets = new LinkedHashMap<>();
    List<Expr> where = new ArrayList<>();
    List<Expr> asserts = new ArrayList<>();
    Expr at;
    int limit;
    Map<String, Pattern> regexes = new HashMap<>();
    boolean blankAsZero = true;
  }

  /** The {@code relation} check kind. */
  public static final class Kind implements CheckKind {
    @Override
    public String type() {
      return "relation";
    }

    @Override
    public String description() {
      return "Assertions over cells, numbers stated in the text, facts of the report and last year's report:"
          + " arithmetic identities, numbers in sentences against the tables, dates against deadlines.";
    }

    @Override
    public List<OptionSpec> options() {
      return List.of(
          OptionSpec.choice("forEach", false, FOR_EACH,
              "Where the assertions are evaluated: once (default), in every column or row of a table, at every cell,"
                  + " in every sentence select matches, at every year the overview mentions, at every statement of the"
                  + " statistical period (period.* are then that statement's)."),
          OptionSpec.of("table", OptionSpec.Type.STRINGS, false,
              "The table (ids of the format): one for column; one or more for row and cell (all when absent)."),
          OptionSpec.of("part", OptionSpec.Type.PARTS, false,
              "For sentence: the part number(s) whose sentences are read, or any (default)."),
          OptionSpec.of("select", OptionSpec.Type.REGEX, false,
              "For sentence (required): an RE2 expression; each sentence with a match is a place, its named groups (?P<n>…) become names."),
          OptionSpec.of("first", OptionSpec.Type.BOOLEAN, false, "For sentence: only the first sentence that select matches."),
          OptionSpec.of("each", OptionSpec.Type.REGEX, false,
              "For sentence: an RE2 expression matched in the selected sentence; each match is a place, with its named groups as names."),
          OptionSpec.of("let", OptionSpec.Type.EXPRESSION_MAP, false,
              "Named values, evaluated in order before the assertions; usable in later expressions and as message placeholders."),
          OptionSpec.of("where", OptionSpec.Type.EXPRESSIONS, false, "Conditions: a place where one is not true is skipped."),
          OptionSpec.of("assert", OptionSpec.Type.EXPRESSIONS, true, "What must hold: each assertion that is false is a finding."),
          OptionSpec.of("at", OptionSpec.Type.STRING, false,
              "An expression whose value's place is where the finding is reported (default: the first value the assertion reads)."),
          OptionSpec.of("limit", OptionSpec.Type.INTEGER, false, "At most this many findings per report (0, the default: no limit)."),
          OptionSpec.choice("blank", false, List.of("zero", "unknown"),
              "An empty table cell counts as 0 (zero, the default) or is unknown, so that nothing depending on it is evaluated."));
    }

    @Override
    public Configured configure(Options options) throws RuleDefinitionException {
      Builder b = new Builder();
      ReportFormat format = options.format();
      b.forEach = options.choice("forEach", "once", FOR_EACH);
      b.tables = Tables.ids(options);
      if (b.forEach.equals("column") && (b.tables == null || b.tables.size() != 1)) {
        throw options.error("table", "forEach: column 需要一个表格 / forEach: column needs exactly one table");
      }
      Set<String> names = new LinkedHashSet<>(FACTS);
      names.addAll(BOUND.get(b.forEach));
      Set<String> placeholders = new LinkedHashSet<>(Set.of("year", "previousFile"));
      placeholders.addAll(BOUND.get(b.forEach).stream().filter(n -> !n.contains(".")).toList());
      placeholders.addAll(PLACE_PLACEHOLDERS.get(b.forEach));
      if (b.forEach.equals("sentence")) {
        b.scope = Scope.read(options, "part");
        b.select = Regexes.compile(options, "select", 0);
        addGroups(b.select, names, placeholders);
        b.first = options.bool("first", false);
        if (options.has("each")) {
          b.each = Regexes.compile(options, "each", 0);
          addGroups(b.each, names, placeholders);
        }
      } else {
        for (String key : List.of("part", "select", "first", "each")) {
          if (options.has(key)) {
            throw options.error(key, key + " 只用于 forEach: sentence / " + key + " goes with forEach: sentence");
          }
        }
      }
      Set<String> cellKeys = cellKeys(format, b);
      YamlNode letNode = options.node("let");
      if (letNode != null) {
        if (!(letNode instanceof YamlNode.Mapping lm)) {
          throw options.error("let", "let 应为映射：名称 → 表达式 / let must map names to expressions");
        }
        for (Map.Entry<String, YamlNode> e : lm.entries().entrySet()) {
          Expr expr = expression(options, e.getValue(), names, cellKeys, format, b.regexes);
          b.lets.put(e.getKey(), expr);
          names.add(e.getKey());
          placeholders.add(e.getKey());
        }
      }
      for (String w : options.strings("where")) {
        b.where.add(expression(options, "where", w, names, cellKeys, format, b.regexes));
      }
      List<String> assertions = options.strings("assert");
      if (assertions.isEmpty()) {
        throw options.error("assert", "relation 规则需要 assert / a relation rule needs assert");
      }
      for (String a : assertions) {
        b.asserts.add(expression(options, "assert", a, names, cellKeys, format, b.regexes));
      }
      placeholders.addAll(IDENTITY_PLACEHOLDERS);
      String atText = options.optionalString("at", null);
      if (atText != null) {
        b.at = expression(options, "at", atText, names, cellKeys, format, b.regexes);
      }
      b.limit = options.integer("limit", 0);
      b.blankAsZero = options.choice("blank", "zero", List.of("zero", "unknown")).equals("zero");
      return new Configured(new RelationCheck(b), placeholders);
    }

    private static void addGroups(Pattern p, Set<String> names, Set<String> placeholders) {
      for (String g : p.namedGroups().keySet()) {
        names.add(g);
        placeholders.add(g);
      }
    }

    /** The cell keys names may use where the place is a column (row keys) or a row (column keys). */
    private static Set<String> cellKeys(ReportFormat format, Builder b) {
      Set<String> keys = new LinkedHashSet<>();
      for (TableKind t : Tables.of(format, b.tables)) {
        if (b.forEach.equals("column")) {
          keys.addAll(t.rowKeys());
        } else if (b.forEach.equals("row")) {
          keys.addAll(t.columnKeys());
        }
      }
      return keys;
    }

    private static Expr expression(
        Options options, YamlNode node, Set<String> names, Set<String> cellKeys, ReportFormat format, Map<String, Pattern> regexes)
        throws RuleDefinitionException {
      if (!(node instanceof YamlNode.Scalar s) || s.value() == null) {
        throw new RuleDefinitionException(node.mark(), "表达式应为文本 / an expression must be text");
      }
      return expression(options, null, s.value(), node, names, cellKeys, format, regexes);
    }

    private static Expr expression(
        Options options, String key, String text, Set<String> names, Set<String> cellKeys, ReportFormat format, Map<String, Pattern> regexes)
        throws RuleDefinitionException {
      return expression(options, key, text, null, names, cellKeys, format, regexes);
    }

    private static Expr expression(
        Options options, String key, String text, YamlNode node, Set<String> names, Set<String> cellKeys,
        ReportFormat format, Map<String, Pattern> regexes) throws RuleDefinitionException {
      Expr e;
      try {
        e = Expr.parse(text);
      } catch (Expr.SyntaxException bad) {
        throw fail(options, key, node, "无法解析表达式 “" + text + "” / cannot read the expression “" + text + "” at " + (bad.offset() + 1) + ": " + bad.getMessage());
      }
      List<String> problems = new ArrayList<>();
      Set<Expr> keysOfSums = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      e.visit(x -> {
        if (x instanceof Expr.Call c && c.function().equals("sum")) {
          keysOfSums.addAll(c.args());
        }
      });
      e.visit(x -> {
        if (!keysOfSums.contains(x)) {
          check(x, names, cellKeys, format, regexes, problems);
        }
      });
      if (!problems.isEmpty()) {
        throw fail(options, key, node, problems.get(0) + " in “" + text + "”");
      }
      return e;
    }

    private static RuleDefinitionException fail(Options options, String key, YamlNode node, String detail) {
      return node != null ? new RuleDefinitionException(node.mark(), detail) : options.error(key, detail);
    }

    private static void check(
        Expr x, Set<String> names, Set<String> cellKeys, ReportFormat format, Map<String, Pattern> regexes, List<String> problems) {
      if (x instanceof Expr.Name n && !names.contains(n.name()) && !cellKeys.contains(n.name())) {
        problems.add("未知的名称 “" + n.name() + "” / unknown name “" + n.name() + "”; known: " + known(names, cellKeys));
      }
      if (!(x instanceof Expr.Call c)) {
        return;
      }
      Integer arity = Evaluator.FUNCTIONS.get(c.function());
      if (arity == null) {
        problems.add("未知的函数 / unknown function " + c.function() + "; known: " + new java.util.TreeSet<>(Evaluator.FUNCTIONS.keySet()));
        return;
      }
      if (c.args().size() != arity) {
        problems.add(c.function() + " 需要 " + arity + " 个参数 / " + c.function() + " takes " + arity + " argument(s)");
        return;
      }
      switch (c.function()) {
        case "sum" -> {
          if (!(c.args().get(0) instanceof Expr.Name key)) {
            problems.add("sum 的参数应为单元格键 / sum takes a cell key");
          } else if (cellKeys.stream().noneMatch(k -> Places.covers(key.name(), k))) {
            problems.add("未知的单元格键 “" + key.name() + "” / unknown cell key “" + key.name() + "”; known: " + cellKeys);
          }
        }
        case "cell" -> {
          List<String> parts = new ArrayList<>();
          for (Expr a : c.args()) {
            if (!(a instanceof Expr.Literal l) || !(l.value() instanceof Value.Str)) {
              problems.add("cell 的参数应为文本：cell('表格', '行键', '列键') / cell takes three texts: cell('table', 'row', 'column')");
              return;
            }
            parts.add(((Value.Str) l.value()).zh());
          }
          TableKind t = format.table(parts.get(0)).orElse(null);
          if (t == null) {
            problems.add("未知的表格 / unknown table " + parts.get(0));
          } else if (!t.rowKeys().contains(parts.get(1))) {
            problems.add("表格 " + t.id() + " 没有行 / has no row " + parts.get(1) + "; known: " + t.rowKeys());
          } else if (!t.columnKeys().contains(parts.get(2))) {
            problems.add("表格 " + t.id() + " 没有列 / has no column " + parts.get(2) + "; known: " + t.columnKeys());
          }
        }
        case "matches" -> {
          if (!(c.args().get(0) instanceof Expr.Literal l) || !(l.value() instanceof Value.Str s)) {
            problems.add("matches 的参数应为文本 / matches takes a text (an RE2 expression)");
          } else {
            String tooLarge = RegexSize.problem(s.zh());
            if (tooLarge != null) {
              problems.add(tooLarge);
            } else {
              try {
                regexes.put(s.zh(), Pattern.compile(s.zh()));
              } catch (com.google.re2j.PatternSyntaxException bad) {
                problems.add("无效的正则表达式 / invalid regular expression: " + bad.getMessage());
              }
            }
          }
        }
        default -> { }
      }
    }

    private static String known(Set<String> names, Set<String> cellKeys) {
      Set<String> all = new java.util.TreeSet<>(names);
      all.addAll(cellKeys);
      return all.toString();
    }
  }

  private static Set<String> eagerLets(Builder b) {
    Set<String> needed = new java.util.HashSet<>();
    List<Expr> roots = new ArrayList<>(b.where);
    roots.addAll(b.asserts);
    if (b.at != null) {
      roots.add(b.at);
    }
    java.util.ArrayDeque<Expr> todo = new java.util.ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      todo.pop().visit(x -> {
        if (x instanceof Expr.Name n && b.lets.containsKey(n.name()) && needed.add(n.name())) {
          todo.push(b.lets.get(n.name()));
        }
      });
    }
    return Set.copyOf(needed);
  }

  // ---- running -------------------------------------------------------------------------------

  /** Counts the findings of one report against {@code limit}. */
  private final class Run {
    final CheckContext context;
    final Report report;
    final Reporter reporter;
    int reported;

    Run(CheckContext context, Reporter reporter) {
      this.context = context;
      this.report = context.report();
      this.reporter = reporter;
    }

    boolean full() {
      return limit > 0 && reported >= limit;
    }
  }

  @Override
  public void run(CheckContext context, Reporter reporter) {
    Run run = new Run(context, reporter);
    switch (forEach) {
      case "once" -> evaluate(run, new Places.Base(context, Map.of()), null, Map::of);
      case "column" -> {
        Table t = run.report.table(tables.get(0)).orElse(null);
        if (t == null || t.rows().isEmpty()) {
          return;
        }
        Places.TableIndex index = new Places.TableIndex(t);
        for (ColumnTemplate column : t.rows().get(0).template().columns()) {
          evaluate(run, new Places.InColumn(context, Map.of(), t, column.key(), index), null, () -> Map.of(
              "column", new LocalizedText(column.label(), column.englishLabel()), "row", LocalizedText.both(""),
              "table", new LocalizedText(t.kind().label(false), t.kind().label(true))));
        }
      }
      case "row" -> {
        for (Table t : Tables.found(run.report, tables)) {
          for (TableRow row : t.rows()) {
            evaluate(run, new Places.InRow(context, Map.of(), t, row), null, () -> Map.of(
                "row", new LocalizedText(row.template().label(), row.template().englishLabel()), "column", LocalizedText.both(""),
                "table", new LocalizedText(t.kind().label(false), t.kind().label(true))));
          }
        }
      }
      case "cell" -> {
        for (Table t : Tables.found(run.report, tables)) {
          for (TableRow row : t.rows()) {
            for (Cell cell : row.cells()) {
              evaluate(run, new Places.AtCell(context, Map.of(), t, row, cell), cell.span(), () -> Map.of(
                  "row", new LocalizedText(row.template().label(), row.template().englishLabel()),
                  "table", new LocalizedText(t.kind().label(false), t.kind().label(true)),
                  "found", LocalizedText.both(cell.text()),
                  "expected", LocalizedText.both(row.template().width())));
            }
          }
        }
      }
      case "sentence" -> sentences(run);
      case "period" -> {
        for (io.gaokai.lint.core.model.StatisticalPeriod p : run.report.periods()) {
          evaluate(run, new Places.AtPeriod(context, Map.of(), p), p.span(), Map::of);
          if (run.full()) {
            return;
          }
        }
      }
      case "yearMention" -> {
        Map<Integer, Integer> counts = new HashMap<>();
        for (YearMention y : run.report.overviewYears()) {
          counts.merge(y.year(), 1, Integer::sum);
        }
        for (YearMention y : run.report.overviewYears()) {
          Map<String, Value> bound = Map.of(
              "mentioned", Value.Num.of(BigDecimal.valueOf(y.year()), y.span(), String.valueOf(y.year()), String.valueOf(y.year()), List.of()),
              "count", Value.Num.of(BigDecimal.valueOf(counts.get(y.year())), null, "", "", List.of()));
          evaluate(run, new Places.YearMentions(context, bound, counts), y.span(), Map::of);
          if (run.full()) {
            return;
          }
        }
      }
      default -> throw new IllegalStateException(forEach);
    }
  }

  private void sentences(Run run) {
    Report report = run.report;
    List<TextView.Paragraph> paragraphs = scope.parts().size() == 1
        ? Scope.whereItShouldBe(report, scope.parts().get(0))
        : scope.paragraphs(report);
    for (TextView.Paragraph p : paragraphs) {
      if (p.kind() != TextView.Kind.PROSE) {
        continue;
      }
      for (TextView.Sentence s : p.sentences()) {
        Matcher m = select.matcher(s.text());
        if (!m.find()) {
          continue;
        }
        Span span = p.span(report.source(), s.start() + m.start(), s.start() + m.end());
        String compact = s.compact();
        Map<String, Value> bound = new HashMap<>();
        bound.put("sentence", Value.Str.of(compact, span));
        bound.put("match", Value.Str.of(m.group(), span));
        bound.put("found", Value.Str.of(compact, span));
        bindGroups(select, m, span, bound);
        if (each == null) {
          evaluate(run, new Places.InSentence(run.context, bound, compact, regexes), span, Map::of);
        } else {
          Matcher e = each.matcher(compact);
          while (e.find()) {
            Map<String, Value> inner = new HashMap<>(bound);
            bindGroups(each, e, span, inner);
            evaluate(run, new Places.InSentence(run.context, inner, compact, regexes), span, Map::of);
            if (run.full()) {
              return;
            }
          }
        }
        if (first || run.full()) {
          return;
        }
      }
    }
  }

  /** Binds the named groups of a match: a number as a number, other text as text, an unmatched group as empty text. */
  private static void bindGroups(Pattern p, Matcher m, Span span, Map<String, Value> bound) {
    for (Map.Entry<String, Integer> g : p.namedGroups().entrySet()) {
      String text = m.group(g.getValue());
      if (text == null) {
        bound.put(g.getKey(), Value.Str.of("", span));
        continue;
      }
      try {
        BigDecimal n = new BigDecimal(text.replace(",", "").strip());
        bound.put(g.getKey(), Value.Num.of(n, span, "正文", "the text", List.of()));
      } catch (NumberFormatException e) {
        bound.put(g.getKey(), Value.Str.of(text, span));
      }
    }
  }

  /**
   * One place: the lets, then the conditions, then each assertion; a false assertion is a finding
   * with the lets, the bound values and the operands of a failed comparison as its placeholders.
   */
  private void evaluate(
      Run run, Places.Base place, Span iterationSpan, java.util.function.Supplier<Map<String, LocalizedText>> placeArgs) {
    if (run.full()) {
      return;
    }
    place.blanks(blankAsZero);
    // the lets the conditions and assertions read are evaluated now, the others (for the message
    // only) when a finding is reported
    Map<String, Value> lets = new LinkedHashMap<>();
    for (Map.Entry<String, Expr> e : this.lets.entrySet()) {
      if (eagerLets.contains(e.getKey())) {
        lets.put(e.getKey(), new Evaluator().eval(e.getValue(), place.with(lets)));
      }
    }
    Places.Base env = place.with(lets);
    for (Expr w : where) {
      Value v = new Evaluator().eval(w, env);
      if (!(v instanceof Value.Bool b) || !b.value()) {
        return;
      }
    }
    for (Expr a : asserts) {
      // values only first: almost every assertion holds, and its terms would be thrown away
      Value quick = new Evaluator(false).eval(a, env);
      if (!(quick instanceof Value.Bool holds) || holds.value()) {
        continue;
      }
      Evaluator evaluator = new Evaluator();
      Value left = null;
      Value right = null;
      Value result;
      if (a instanceof Expr.Binary b && isComparison(b.op())) {
        left = evaluator.eval(b.left(), env);
        right = evaluator.eval(b.right(), env);
        result = Evaluator.binary(b.op(), left, right);
      } else {
        result = evaluator.eval(a, env);
      }
      if (!(result instanceof Value.Bool b) || b.value()) {
        continue;
      }
      Span where = null;
      if (at != null) {
        where = new Evaluator().eval(at, env).span();
      }
      if (where == null) {
        where = evaluator.firstSpan();
      }
      if (where == null) {
        where = iterationSpan;
      }
      if (where == null) {
        where = DocumentAnchor.of(run.report);
      }
      Map<String, LocalizedText> args = new LinkedHashMap<>();
      args.put("year", LocalizedText.both(run.report.hasYear() ? String.valueOf(run.report.year()) : "?"));
      args.put("previousFile", LocalizedText.both(run.context.previousFile() == null ? "" : run.context.previousFile()));
      for (String p : IDENTITY_PLACEHOLDERS) {
        args.put(p, LocalizedText.both(""));
      }
      args.put("assertion", LocalizedText.both(a.text()));
      args.putAll(placeArgs.get());
      for (Map.Entry<String, Value> e : place.bound().entrySet()) {
        args.put(e.getKey(), localized(e.getValue()));
      }
      FindingData data = FindingData.NONE;
      if (left instanceof Value.Num l && right instanceof Value.Num r) {
        args.put("cells", new LocalizedText(Operands.render(l, r, false), Operands.render(l, r, true)));
        args.put("expected", LocalizedText.both(r.value().toPlainString()));
        args.put("actual", LocalizedText.both(l.value().toPlainString()));
        args.put("difference", LocalizedText.both(l.value().subtract(r.value()).toPlainString()));
        data = Operands.data(l, r);
      } else if (left != null && right != null && !(left instanceof Value.Unknown) && !(right instanceof Value.Unknown)) {
        data = new FindingData(Value.text(right, false), Value.text(left, false), List.of(), null);
      }
      Map<String, Value> all = new LinkedHashMap<>(lets);
      for (Map.Entry<String, Expr> e : this.lets.entrySet()) {
        if (!all.containsKey(e.getKey())) {
          all.put(e.getKey(), new Evaluator().eval(e.getValue(), place.with(all)));
        }
      }
      if (data.cells().isEmpty()) {
        data = withCellsOf(all.values(), data); // what an `or` of readings compared: the cells its lets read
      }
      for (Map.Entry<String, Value> e : all.entrySet()) {
        args.put(e.getKey(), localized(e.getValue()));
      }
      run.reported++;
      run.reporter.report(where, Map.copyOf(args), data);
      if (run.full()) {
        return;
      }
    }
  }

  /** The data with the cells the values were read from (each once, in order), for outputs to show beside the finding. */
  private static FindingData withCellsOf(java.util.Collection<Value> values, FindingData data) {
    Map<String, FindingData.CellData> cells = new LinkedHashMap<>();
    for (Value v : values) {
      if (v instanceof Value.Num n) {
        for (Value.Term t : n.terms()) {
          for (Value.CellRef c : t.cells()) {
            cells.putIfAbsent(c.table() + "/" + c.row() + "/" + c.column() + "/" + c.lastYear(),
                new FindingData.CellData(c.table(), c.row(), c.column(), c.value().toPlainString(), null, c.span(), c.lastYear()));
          }
        }
      }
    }
    return cells.isEmpty() ? data : new FindingData(data.expected(), data.actual(), List.copyOf(cells.values()), data.replacement());
  }

  private static boolean isComparison(String op) {
    return switch (op) {
      case "=", "!=", "<", "<=", ">", ">=" -> true;
      default -> false;
    };
  }

  private static LocalizedText localized(Value v) {
    return new LocalizedText(Value.text(v, false), Value.text(v, true));
  }
}
