package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Cells are classified by hand-written code that must agree with the number syntax it replaced. */
class CellKindTest {

  /** The definition of a number cell, as a regular expression: the oracle for the hand-written test. */
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  @Test
  void numbersPlaceholdersAndText() {
    assertThat(List.of("0", "12", "+3", "-4", "1,234", "12,345,678", "3.5", "1,000.25", "0012"))
        .allSatisfy(s -> assertThat(CellKind.of(s)).as(s).isEqualTo(CellKind.NUMBER));
    assertThat(List.of("/", "-", "—", "无", "×")).allSatisfy(s -> assertThat(CellKind.of(s)).as(s).isEqualTo(CellKind.PLACEHOLDER));
    assertThat(List.of("", "+", "1,23", "1234,567", ",123", "1,", "1.", ".5", "1.2.3", "1,000,00", "12a", "１２", "规章", "1 2"))
        .allSatisfy(s -> assertThat(CellKind.of(s)).as(s).isEqualTo(CellKind.TEXT));
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomCells() {
    Random random = new Random(42);
    String alphabet = "0123456789,.+-x ";
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 12)));
      }
      cells.add(sb.toString());
    }
    long numbers = 0;
    for (String s : cells) {
      boolean expected = NUMBER.matcher(s).matches();
      assertThat(CellKind.isNumber(s)).as("“%s”", s).isEqualTo(expected);
      numbers += expected ? 1 : 0;
    }
    assertThat(numbers).as("numbers among the random cells").isGreaterThan(10_000);
  }
}
