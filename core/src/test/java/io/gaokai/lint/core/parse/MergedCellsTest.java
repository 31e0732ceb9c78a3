package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.NationalFormat;
import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.Cell;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Table;
import io.gaokai.lint.core.read.Readers;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables drawn in Word and saved as web pages merge cells freely (reports-examples/variants/
 * 003-merged-cells*.html, made by tools/make-variants.py): spans are resolved against the format's
 * own columns.
 */
class MergedCellsTest {

  private static Report read(String name) throws Exception {
    byte[] bytes = Files.readAllBytes(RepositoryFiles.example("variants/" + name));
    return NationalFormat.parser().parse(new Readers().read(name, bytes));
  }

  @Test
  void aValueSpanningTheColumnsItsHeaderSpansIsTheOneValueOfAOneColumnRow() throws Exception {
    Table table = read("003-merged-cells.html").table("activeDisclosure").orElseThrow();

    for (String key : List.of("licensing", "penalties", "enforcement", "fees")) {
      assertThat(table.row(key).orElseThrow().cells()).as(key).extracting(Cell::text).containsExactly("0");
    }
    assertThat(table.missingRows()).isEmpty();
    assertThat(table.extraRows()).isEmpty();
    assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).as(r.key()).noneMatch(Cell::isBlank));
  }

  @Test
  void aRowOfThreeColumnsMergedIntoOneCellHasItsValueAndTwoEmptyCells() throws Exception {
    Table table = read("003-merged-cells-row-merged.html").table("activeDisclosure").orElseThrow();

    assertThat(table.row("regulations").orElseThrow().cells()).extracting(Cell::text).containsExactly("5", "", "");
    assertThat(table.missingRows()).isEmpty();
  }
}
