package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages from government sites, as saved from the browser or downloaded.
 *
 * <p>The page is decoded with the charset it declares (GB2312 and GBK as GB18030) or, without a
 * usable declaration, with the detected one; then parsed by jsoup, which resolves no external
 * entities and fetches nothing. The text comes out line by line:
 *
 * <ul>
 *   <li>each block element ({@code <p>}, {@code <div>}, {@code <h1>}–{@code <h6>}, {@code <li>},
 *       …) on a line of its own, split further at {@code <br>}; inline text is joined, whitespace
 *       ({@code &nbsp;} and U+3000 included) collapsed to single spaces; located by the 1-based
 *       block number;
 *   <li>each row of a data table as one line of tab-separated cells on a grid that resolves {@code
 *       rowspan} and {@code colspan}, located by the 1-based table and row number; tables that only
 *       lay out the page (they contain tables or headings, or have one column) are read as blocks;
 *   <li>each comment starting with {@code gaokai-lint-} as a line of its own, written back as
 *       {@code <!-- … -->}; other comments, scripts, styles and the {@code <head>} are dropped;
 *   <li>the page {@code <title>} first, when the body does not already contain it.
 * </ul>
 *
 * <p>Empty lines are dropped, except one where the page shows vertical space. The walk over the
 * page is iterative, so deeply nested markup cannot overflow the stack, and table spans are
 * bounded, so hostile spans cannot exhaust memory.
 */
public final class HtmlReader implements DocumentReader {

  @Override
  public String kind() {
    return "html";
  }

  @Override
  public SourceDocument read(String name, byte[] content) throws InputException {
    HtmlText text;
    try {
      Document page = Jsoup.parse(HtmlDecoder.decode(content).text());
      text = HtmlText.of(page);
    } catch (OversizedTableException e) {
      throw new InputException(
          "页面中的表格过大（超过 " + e.limit() + " 个单元格），不像是年度报告",
          "the tables of the page are too large (over " + e.limit()
              + " cells) to be an annual report",
          e);
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InputException(
          "无法解析 HTML 页面：" + reason, "the HTML page cannot be parsed: " + reason, e);
    }
    if (!text.hasBodyText()) {
      throw new InputException(
          "HTML 页面中没有正文文字：没有可检查的内容（正文可能由脚本加载，或以图片形式发布）",
          "the HTML page has no body text: nothing to check (the content may be loaded by a script"
              + " or published as images)");
    }
    return new SourceDocument(name, kind(), text.lines(), text.locators());
  }
}
