package io.gaokai.lint.core.rules.checks;

import io.gaokai.lint.core.rules.FindingData;
import io.gaokai.lint.core.rules.expr.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The operands of a failed comparison of sums: as text for the message, as cells for outputs. */
final class Operands {

  private Operands() {}

  /** {@code 总计(0) ≠ 自然人(1) + 商业企业(0)}. */
  static String render(Value.Num left, Value.Num right, boolean english) {
    StringBuilder sb = new StringBuilder();
    side(sb, left.terms(), english);
    sb.append(" ≠ ");
    side(sb, right.terms(), english);
    return sb.toString();
  }

  private static void side(StringBuilder sb, List<Value.Term> terms, boolean english) {
    for (int i = 0; i < terms.size(); i++) {
      Value.Term t = terms.get(i);
      if (i > 0) {
        sb.append(t.negative() ? " − " : " + ");
      } else if (t.negative()) {
        sb.append("−");
      }
      sb.append(english ? t.en() : t.zh()).append('(').append(t.value().abs().toPlainString()).append(')');
    }
  }

  /**
   * The cells of both sides, the left side's first cell first with the value it would need for the
   * comparison to hold, the others unchanged.
   */
  static FindingData data(Value.Num left, Value.Num right) {
    List<FindingData.CellData> cells = new ArrayList<>();
    BigDecimal gap = right.value().subtract(left.value());
    boolean firstCell = true;
    for (List<Value.Term> side : List.of(left.terms(), right.terms())) {
      for (Value.Term t : side) {
        for (Value.CellRef c : t.cells()) {
          String expected = null;
          if (firstCell && !c.lastYear()) {
            BigDecimal fix = t.negative() ? c.value().subtract(gap) : c.value().add(gap);
            expected = fix.toPlainString();
            firstCell = false;
          }
          cells.add(new FindingData.CellData(c.table(), c.row(), c.column(), c.value().toPlainString(), expected, c.span(), c.lastYear()));
        }
      }
    }
    return new FindingData(right.value().toPlainString(), left.value().toPlainString(), cells, null);
  }
}
