package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The text of a parsed page, line by line with locators: the blocks of the body, the rows of its
 * data tables, the linter directives from its comments, and the page title first when the body
 * does not show it.
 *
 * @param lines the lines, without line terminators
 * @param locators one locator per line
 * @param hasBodyText whether the body had any text (directives and the title do not count)
 */
record HtmlText(List<String> lines, List<Locator> locators, boolean hasBodyText) {

  static HtmlText of(Document page) {
    DocumentLines out = new DocumentLines();
    DataTables dataTables = DataTables.of(page);
    HtmlTableReader tables = new HtmlTableReader(out);
    HtmlFlow.walk(page, out, dataTables::isDataTable, tables::read);
    out.blockBoundary();
    if (out.hasText()) {
      PageTitle.missingFrom(page, out.lines()).ifPresent(out::prepend);
    }
    return new HtmlText(List.copyOf(out.lines()), List.copyOf(out.locators()), out.hasText());
  }
}
