package io.gaokai.lint.core.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks an HTML subtree in document order and tells a {@link TextSink} what it finds: inline text,
 * {@code <br>}, block boundaries, empty paragraphs and linter directives. Elements that never hold
 * report text (scripts, styles, {@code <title>}, widgets) are skipped, and so is the text of the
 * {@code <head>} (its directives are kept). Data tables are handed to a table reader instead of
 * being walked. The walk is iterative, so deeply nested markup cannot overflow the stack.
 */
final class HtmlFlow implements NodeFilter {

  private final TextSink sink;
  private final Predicate<Element> isDataTable;
  private final Consumer<Element> tableReader;
  private final Deque<Long> openParagraphs = new ArrayDeque<>();
  private long visibleTextNodes;
  private int preformattedDepth;
  private boolean inHead;

  private HtmlFlow(TextSink sink, Predicate<Element> isDataTable, Consumer<Element> tableReader) {
    this.sink = sink;
    this.isDataTable = isDataTable;
    this.tableReader = tableReader;
  }

  /** Walks a document or body, handing each data table to {@code tableReader}. */
  static void walk(Node root, TextSink sink, Predicate<Element> isDataTable,
      Consumer<Element> tableReader) {
    NodeTraversor.filter(new HtmlFlow(sink, isDataTable, tableReader), root);
  }

  /** Walks the content of one table cell or caption; any table inside is read as plain blocks. */
  static void walkCell(Element cell, TextSink sink) {
    NodeTraversor.filter(new HtmlFlow(sink, table -> false, table -> {}), cell);
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof Comment comment) {
      String directive = HtmlElements.directive(comment);
      if (directive != null) {
        sink.directive(directive);
      }
      return FilterResult.CONTINUE;
    }
    if (node instanceof TextNode text) {
      if (!inHead) {
        text(text.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String name = element.normalName();
    if (name.equals("head")) {
      inHead = true;
      return FilterResult.CONTINUE;
    }
    if (HtmlElements.isNotText(name) || HtmlElements.isHidden(element)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (name.equals("br")) {
      sink.lineBreak();
    } else if (name.equals("table") && isDataTable.test(element)) {
      sink.blockBoundary();
      tableReader.accept(element);
      return FilterResult.SKIP_ENTIRELY;
    } else if (HtmlElements.isBlock(name)) {
      sink.blockBoundary();
      if (name.equals("p")) {
        openParagraphs.push(visibleTextNodes);
      }
    }
    if (HtmlElements.isPreformatted(name)) {
      preformattedDepth++;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element element)) {
      return FilterResult.CONTINUE;
    }
    String name = element.normalName();
    if (name.equals("head")) {
      inHead = false;
    } else if (HtmlElements.isBlock(name)) {
      if (name.equals("p") && !openParagraphs.isEmpty()
          && openParagraphs.pop() == visibleTextNodes) {
        sink.emptyParagraph();
      }
      sink.blockBoundary();
    }
    if (HtmlElements.isPreformatted(name)) {
      preformattedDepth--;
    }
    return FilterResult.CONTINUE;
  }

  private void text(String raw) {
    if (InlineText.hasVisibleText(raw)) {
      visibleTextNodes++;
    }
    if (preformattedDepth == 0) {
      sink.text(raw);
      return;
    }
    int start = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        sink.text(raw.substring(start, i));
        sink.lineBreak();
        if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    sink.text(raw.substring(start));
  }
}
