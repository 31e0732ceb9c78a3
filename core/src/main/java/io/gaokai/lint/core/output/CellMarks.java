package io.gaokai.lint.core.output;

import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.FindingData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of one report by the place they point at (line and column), so that a drawn table
 * can mark the cells and labels they name. An identity finding points at the first cell of its
 * left side; the value that cell would need, the other cells unchanged, is its value plus the
 * difference between the expected and the actual sum.
 */
final class CellMarks {

  private record Position(int line, int column) {}

  private final Map<Position, List<Finding>> byPosition = new HashMap<>();

  CellMarks(List<Finding> findings) {
    for (Finding f : findings) {
      byPosition.computeIfAbsent(new Position(f.span().line(), f.span().column()), p -> new ArrayList<>()).add(f);
    }
  }

  /** The findings that point at this place. */
  List<Finding> at(Span span) {
    if (span == null) {
      return List.of();
    }
    return byPosition.getOrDefault(new Position(span.line(), span.column()), List.of());
  }

  static boolean isIdentity(Finding f) {
    return f.category() == Category.IDENTITY;
  }

  /** The value the cell should hold for the finding's identity to hold, if the finding says. */
  static Optional<BigDecimal> expectedValue(Finding identity, Cell cell, Span cellPlace) {
    if (cell == null || !cell.isNumber()) {
      return Optional.empty();
    }
    for (FindingData.CellData c : identity.data().cells()) {
      if (c.expected() != null && !c.lastYear() && c.span().line() == cellPlace.line() && c.span().column() == cellPlace.column()) {
        return Optional.of(new BigDecimal(c.expected()));
      }
    }
    return Optional.empty();
  }
}
