package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Pattern;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.ColumnTemplate;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.PublicationDate;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.StatisticalPeriod;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.model.TableRow;
import io.gaokai.lint.core.parse.OrganName;
import io.gaokai.lint.core.rules.CheckContext;
import io.gaokai.lint.core.rules.expr.Env;
import io.gaokai.lint.core.rules.expr.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The places a relation is evaluated at, each an {@link Env}: what its names mean there. Names
 * resolve to bound values first (a {@code let}, a group of the sentence's match), then to the cell
 * keys of the current row or column, then to the facts of the report.
 */
final class Places {

  private Places() {}

  /** Anywhere in the report: bound values and facts. */
  static class Base implements Env {
    final CheckContext context;
    final Report report;
    final Map<String, Value> bound;
    /** Whether an empty cell counts as 0 (the default) or as unknown; set by {@link #blanks} before a rule evaluates here. */
    boolean blankAsZero = true;

    Base(CheckContext context, Map<String, Value> bound) {
      this.context = context;
      this.report = context.report();
      this.bound = bound;
    }

    Map<String, Value> bound() {
      return bound;
    }

    /** The same place with more bound values. */
    Base with(Map<String, Value> more) {
      if (more.isEmpty()) {
        return this;
      }
      Map<String, Value> all = new HashMap<>(bound);
      all.putAll(more);
      Base b = copy(all);
      b.blankAsZero = blankAsZero;
      return b;
    }

    /** This place with empty cells read as 0 ({@code true}) or unknown. */
    Base blanks(boolean asZero) {
      blankAsZero = asZero;
      return this;
    }

    /** A cell's value: its number; 0 or unknown for an empty one; unknown for text. */
    Value valueOf(TableKind table, RowTemplate row, String column, Cell c, String zh, String en) {
      BigDecimal v = numberOf(c);
      if (v == null) {
        return Value.UNKNOWN;
      }
      return Value.Num.of(v, c.span(), zh, en, List.of(new Value.CellRef(table.id(), row.key(), column, v, c.span())));
    }

    /** A cell's number as an identity sums it: 0 for an empty cell when so read; null when unknown. */
    BigDecimal numberOf(Cell c) {
      if (c == null) {
        return null;
      }
      if (c.isBlank() && blankAsZero) {
        return BigDecimal.ZERO;
      }
      return c.isNumber() ? c.value() : null;
    }

    Base copy(Map<String, Value> newBound) {
      return new Base(context, newBound);
    }

    /** This place in another report (last year's), or null when it has no such place. */
    Base in(CheckContext other) {
      return new Base(other, Map.of());
    }

    @Override
    public Value name(String name) {
      Value v = bound.get(name);
      if (v != null) {
        return v;
      }
      Value local = local(name);
      return local != null ? local : fact(name);
    }

    /** A name of the place itself (a cell key), or null. */
    Value local(String name) {
      return null;
    }

    /** The statistical period the {@code period.*} facts are of: the report's first, unless the place is another. */
    StatisticalPeriod period() {
      return report.period();
    }

    private Value fact(String name) {
      StatisticalPeriod period = period();
      PublicationDate published = report.publicationDate();
      switch (name) {
        case "report.year":
          return report.hasYear() ? number(report.year(), report.titleLine().map(t -> t.span()).orElse(null)) : Value.UNKNOWN;
        case "report.organ":
          return Value.Str.of(report.organKind().id(), null);
        case "organ.title":
          return text(OrganName.inTitle(report), report.titleLine().map(t -> t.span()).orElse(null));
        case "organ.signature":
          return text(OrganName.inSignature(report), null);
        case "organ.level":
          return Value.Str.of(OrganName.level(OrganName.of(report)), null);
        case "report.format":
          return Value.Str.of(report.format().id(), null);
        case "report.expectedFormat": {
          FormatVersion v = report.definition().expectedFor(report.year());
          return v == FormatVersion.UNKNOWN ? Value.UNKNOWN : Value.Str.of(v.id(), null);
        }
        case "period.text":
          return period == null ? Value.UNKNOWN : Value.Str.of(period.text(), period.span());
        case "period.year":
          return period == null || period.start() == null ? Value.UNKNOWN : number(period.startYear(), period.span());
        case "period.calendarYear":
          return period == null
              ? Value.UNKNOWN
              : new Value.Bool(period.start() != null && period.isCalendarYear(period.start().getYear()), period.span());
        case "period.start":
          return period == null || period.start() == null ? Value.UNKNOWN : new Value.Date(period.start(), period.span());
        case "period.end":
          return period == null || period.end() == null ? Value.UNKNOWN : new Value.Date(period.end(), period.span());
        case "publication.date":
          return published == null ? Value.UNKNOWN : new Value.Date(published.date(), published.span());
        case "previous.exists":
          return new Value.Bool(context.previous() != null, null);
        default:
          return Value.UNKNOWN;
      }
    }

    @Override
    public Value sum(String key) {
      return Value.UNKNOWN;
    }

    @Override
    public Value cell(String tableId, String rowKey, String columnKey) {
      Table t = report.table(tableId).orElse(null);
      TableRow row = t == null ? null : t.row(rowKey).orElse(null);
      Cell c = row == null ? null : row.cell(columnKey);
      if (c == null) {
        return Value.UNKNOWN;
      }
      ColumnTemplate column = row.template().columns().stream().filter(x -> x.key().equals(columnKey)).findFirst().orElseThrow();
      return valueOf(t.kind(), row.template(), column.key(), c, row.template().label() + "·" + column.label(),
          row.template().englishLabel() + ": " + column.englishLabel());
    }

    @Override
    public Env previous() {
      return context.previous() == null ? null : in(new CheckContext(context.previous(), null, null)).blanks(blankAsZero);
    }

    @Override
    public Value matches(String regex) {
      return Value.UNKNOWN;
    }

    @Override
    public Value mentions(BigDecimal year) {
      return Value.UNKNOWN;
    }
  }

  /** A text fact, unknown when the report states none. */
  private static Value text(String value, Span span) {
    return value == null || value.isEmpty() ? Value.UNKNOWN : Value.Str.of(value, span);
  }

  static Value number(long n, Span span) {
    return Value.Num.of(BigDecimal.valueOf(n), span, String.valueOf(n), String.valueOf(n), List.of());
  }

  /**
   * The rows of one table by key and by the key prefixes sums name, worked out once for all the
   * columns a rule is evaluated in.
   */
  static final class TableIndex {
    private final Table table;
    private final Map<String, TableRow> byKey = new HashMap<>();
    /** Per prefix, the rows it covers, or null when a missing row under it leaves the sum unknown. */
    private final Map<String, List<TableRow>> sums = new HashMap<>();

    TableIndex(Table table) {
      this.table = table;
      for (TableRow r : table.rows()) {
        byKey.putIfAbsent(r.key(), r);
      }
    }

    TableRow row(String key) {
      return byKey.get(key);
    }

    /** The rows {@code sum(key)} adds up, or null when the sum cannot be told. */
    List<TableRow> covered(String key) {
      if (sums.containsKey(key)) {
        return sums.get(key);
      }
      List<TableRow> rows = new ArrayList<>();
      for (TableRow r : table.rows()) {
        if (covers(key, r.key())) {
          rows.add(r);
        }
      }
      boolean uncovered = false;
      for (RowTemplate m : table.missingRows()) {
        if (covers(key, m.key()) && rows.stream().noneMatch(r -> covers(r.key(), m.key()))) {
          uncovered = true;
        }
      }
      List<TableRow> result = rows.isEmpty() || uncovered ? null : List.copyOf(rows);
      sums.put(key, result);
      return result;
    }
  }

  /** A column of a table: names are row keys. */
  static final class InColumn extends Base {
    private final Table table;
    private final String column;
    private final TableIndex index;

    InColumn(CheckContext context, Map<String, Value> bound, Table table, String column) {
      this(context, bound, table, column, new TableIndex(table));
    }

    InColumn(CheckContext context, Map<String, Value> bound, Table table, String column, TableIndex index) {
      super(context, bound);
      this.table = table;
      this.column = column;
      this.index = index;
    }

    @Override
    Base copy(Map<String, Value> newBound) {
      return new InColumn(context, newBound, table, column, index);
    }

    @Override
    Base in(CheckContext other) {
      Table t = other.report().table(table.kind().id()).orElse(null);
      return t == null ? new Base(other, Map.of()) : new InColumn(other, Map.of(), t, column);
    }

    @Override
    Value local(String name) {
      if (!table.kind().rowKeys().contains(name)) {
        return null;
      }
      TableRow row = index.row(name);
      return row == null ? Value.UNKNOWN : sumOf(List.of(row), name, false);
    }

    @Override
    public Value sum(String key) {
      List<TableRow> rows = index.covered(key);
      return rows == null ? Value.UNKNOWN : sumOf(rows, key, true);
    }

    private Value sumOf(List<TableRow> rows, String key, boolean isSum) {
      List<Value.CellRef> cells = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      Span first = null;
      for (TableRow r : rows) {
        Cell c = r.cell(column);
        BigDecimal v = numberOf(c);
        if (v == null) {
          return Value.UNKNOWN;
        }
        cells.add(new Value.CellRef(table.kind().id(), r.key(), column, v, c.span()));
        total = total.add(v);
        first = first == null ? c.span() : first;
      }
      TableRow head = rows.get(0);
      String zh = head.template().label();
      String en = head.template().englishLabel();
      if (isSum && !key.equals(head.key())) {
        TableKind.Group group = table.kind().groups().get(key);
        zh = group == null ? "Σ" + key : group.label() + "各项";
        en = group == null ? "Σ" + key : group.english() + " (all items)";
      }
      return Value.Num.of(total, first, zh, en, cells);
    }
  }

  /** A row of a table: names are column keys, and {@code row.*} facts of the row. */
  static final class InRow extends Base {
    private final Table table;
    private final TableRow row;

    InRow(CheckContext context, Map<String, Value> bound, Table table, TableRow row) {
      super(context, bound);
      this.table = table;
      this.row = row;
    }

    @Override
    Base copy(Map<String, Value> newBound) {
      return new InRow(context, newBound, table, row);
    }

    @Override
    Base in(CheckContext other) {
      Table t = other.report().table(table.kind().id()).orElse(null);
      TableRow r = t == null ? null : t.row(row.key()).orElse(null);
      return r == null ? new Base(other, Map.of()) : new InRow(other, Map.of(), t, r);
    }

    private Span rowSpan() {
      return row.labelSpan() != null ? row.labelSpan() : row.cells().isEmpty() ? table.span() : row.cells().get(0).span();
    }

    @Override
    Value local(String name) {
      switch (name) {
        case "row.cells":
          return number(row.cells().size(), rowSpan());
        case "row.width":
          return number(row.template().width(), rowSpan());
        case "row.labelDistance":
          return number(row.labelDistance(), row.labelSpan());
        case "row.uncertain":
          return new Value.Bool(row.reading() == TableRow.Reading.NUMBER_BROKEN, rowSpan());
        case "row.runTogether":
          return new Value.Bool(row.reading() == TableRow.Reading.RUN_TOGETHER, rowSpan());
        case "row.blankCells":
          return number(row.cells().stream().filter(Cell::isBlank).count(), rowSpan());
        case "row.blankColumns": {
          List<String> zh = new ArrayList<>();
          List<String> en = new ArrayList<>();
          for (int i = 0; i < row.cells().size() && i < row.template().width(); i++) {
            if (row.cells().get(i).isBlank()) {
              zh.add(row.template().columns().get(i).label());
              en.add(row.template().columns().get(i).englishLabel());
            }
          }
          return new Value.Str(String.join("、", zh), String.join(", ", en), rowSpan());
        }
        case "row.extraCell":
          return row.cells().size() > row.template().width()
              ? Value.Str.of(row.cells().get(row.template().width()).text(), row.cells().get(row.template().width()).span())
              : Value.UNKNOWN;
        default:
          break;
      }
      if (table.kind().columnKeys().contains(name)) {
        return sum(name, false);
      }
      return null;
    }

    @Override
    public Value sum(String key) {
      return sum(key, true);
    }

    private Value sum(String key, boolean isSum) {
      List<Value.CellRef> cells = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      String zh = null;
      String en = null;
      Span first = null;
      for (ColumnTemplate c : row.template().columns()) {
        if (isSum ? covers(key, c.key()) : c.key().equals(key)) {
          Cell cell = row.cell(c.key());
          BigDecimal v = numberOf(cell);
          if (v == null) {
            return Value.UNKNOWN;
          }
          cells.add(new Value.CellRef(table.kind().id(), row.key(), c.key(), v, cell.span()));
          total = total.add(v);
          if (zh == null) {
            zh = c.label();
            en = c.englishLabel();
            first = cell.span();
          }
        }
      }
      return cells.isEmpty() ? Value.UNKNOWN : Value.Num.of(total, first, zh, en, cells);
    }
  }

  /** A cell of a table: {@code cell.*} facts. */
  static final class AtCell extends Base {
    private final Table table;
    private final TableRow row;
    private final Cell cell;

    AtCell(CheckContext context, Map<String, Value> bound, Table table, TableRow row, Cell cell) {
      super(context, bound);
      this.table = table;
      this.row = row;
      this.cell = cell;
    }

    @Override
    Base copy(Map<String, Value> newBound) {
      return new AtCell(context, newBound, table, row, cell);
    }

    @Override
    Value local(String name) {
      return switch (name) {
        case "cell.isNumber" -> new Value.Bool(cell.isNumber(), cell.span());
        case "cell.isCount" -> new Value.Bool(cell.isCount(), cell.span());
        case "cell.isBlank" -> new Value.Bool(cell.isBlank(), cell.span());
        case "cell.text" -> Value.Str.of(cell.text(), cell.span());
        default -> null;
      };
    }
  }

  /** One statement of the statistical period: the {@code period.*} facts are of it. */
  static final class AtPeriod extends Base {
    private final StatisticalPeriod statement;

    AtPeriod(CheckContext context, Map<String, Value> bound, StatisticalPeriod statement) {
      super(context, bound);
      this.statement = statement;
    }

    @Override
    Base copy(Map<String, Value> newBound) {
      return new AtPeriod(context, newBound, statement);
    }

    @Override
    StatisticalPeriod period() {
      return statement;
    }
  }

  /** A sentence: {@code matches(re)} looks in it. */
  static final class InSentence extends Base {
    private final String sentence;
    private final Map<String, Pattern> regexes;

    InSentence(CheckContext context, Map<String, Value> bound, String sentence, Map<String, Pattern> regexes) {
      super(context, bound);
      this.sentence = sentence;
      this.regexes = regexes;
    }

    @Override
    Base copy(Map<String, Value> newBound) {
      return new InSentence(context, newBound, sentence, regexes);
    }

    @Override
    public Value matches(String regex) {
      Pattern p = regexes.get(regex);
      return new Value.Bool(p != null && p.matcher(sentence).find(), null);
    }
  }

  /** A year the overview mentions: {@code mentions(y)} counts the overview's mentions of a year. */
  static final class YearMentions extends Base {
    private final Map<Integer, Integer> counts;

    YearMentions(CheckContext context, Map<String, Value> bound, Map<Integer, Integer> counts) {
      super(context, bound);
      this.counts = counts;
    }

    @Override
    Base copy(Map<String, Value> newBound) {
      return new YearMentions(context, newBound, counts);
    }

    @Override
    public Value mentions(BigDecimal year) {
      return number(counts.getOrDefault(year.intValue(), 0), null);
    }
  }

  /** Whether {@code key} is {@code prefix} or lies under it ({@code prefix.…}). */
  static boolean covers(String prefix, String key) {
    return key.startsWith(prefix) && (key.length() == prefix.length() || key.charAt(prefix.length()) == '.');
  }
}
