package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.RowTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The sums a row of a table holds by the format: the column keyed {@code rowTotal} is the sum of the
 * row's other columns, and in a table of blocks ({@code review.total}) each block's total is the sum
 * of the block's other columns. Tells the one way a broken or run-together number goes back together.
 */
final class RowTotal {

  /** For each total column: its index and the indexes of its addends. */
  private final List<int[]> sums = new ArrayList<>();

  RowTotal(RowTemplate template, String totalKey) {
    if (totalKey == null || totalKey.isEmpty()) {
      return;
    }
    List<String> keys = template.columns().stream().map(c -> c.key()).toList();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (!key.equals(totalKey) && !key.endsWith("." + totalKey)) {
        continue;
      }
      String block = key.substring(0, key.length() - totalKey.length());
      List<Integer> addends = new ArrayList<>();
      for (int k = 0; k < keys.size(); k++) {
        if (k != i && keys.get(k).startsWith(block) && !isTotal(keys.get(k), totalKey)) {
          addends.add(k);
        }
      }
      int[] sum = new int[addends.size() + 1];
      sum[0] = i;
      for (int k = 0; k < addends.size(); k++) {
        sum[k + 1] = addends.get(k);
      }
      sums.add(sum);
    }
  }

  private static boolean isTotal(String key, String totalKey) {
    return key.equals(totalKey) || key.endsWith("." + totalKey);
  }

  /** Whether the row has a total at all (else any values fit). */
  boolean exists() {
    return !sums.isEmpty();
  }

  /** Whether every total of the row (one cell per column, all numbers) is the sum of its addends. */
  boolean addsUp(List<Cell> cells) {
    for (int[] sum : sums) {
      BigDecimal total = BigDecimal.ZERO;
      for (int k = 1; k < sum.length; k++) {
        total = total.add(cells.get(sum[k]).value());
      }
      if (total.compareTo(cells.get(sum[0]).value()) != 0) {
        return false;
      }
    }
    return true;
  }
}
