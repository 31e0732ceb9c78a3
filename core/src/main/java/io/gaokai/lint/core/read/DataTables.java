package io.gaokai.lint.core.read;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Tells the tables that hold data from the tables a page uses for layout. Government sites often
 * wrap the whole article, data tables included, in layout tables; reading those as tables would put
 * the whole report on one line. A table is read for layout, its cells as blocks of text, when it
 * contains another table or a heading, or when none of its rows has more than one cell. Every other
 * table is a data table, read row by row.
 */
final class DataTables {

  private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());

  private DataTables() {}

  /** Classifies every table under {@code root} in one iterative walk. */
  static DataTables of(Node root) {
    DataTables result = new DataTables();
    NodeTraversor.traverse(result.new Classifier(), root);
    return result;
  }

  boolean isDataTable(Element table) {
    return dataTables.contains(table);
  }

  /** What the walk learned about one open table. */
  private static final class TableFacts {
    final Element table;
    boolean containsTableOrHeading;
    int widestRow;

    TableFacts(Element table) {
      this.table = table;
    }
  }

  private final class Classifier implements NodeVisitor {
    private final Deque<TableFacts> openTables = new ArrayDeque<>();

    @Override
    public void head(Node node, int depth) {
      if (!(node instanceof Element element)) {
        return;
      }
      String name = element.normalName();
      TableFacts enclosing = openTables.peek();
      if (name.equals("table")) {
        if (enclosing != null) {
          enclosing.containsTableOrHeading = true;
        }
        openTables.push(new TableFacts(element));
      } else if (enclosing != null && HtmlElements.isHeading(name)) {
        enclosing.containsTableOrHeading = true;
      } else if (enclosing != null && name.equals("tr")) {
        int cells = 0;
        for (Element child : element.children()) {
          if (HtmlElements.isCell(child.normalName())) {
            cells++;
          }
        }
        enclosing.widestRow = Math.max(enclosing.widestRow, cells);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && element.normalName().equals("table")) {
        TableFacts facts = openTables.pop();
        if (!facts.containsTableOrHeading && facts.widestRow > 1) {
          dataTables.add(facts.table);
        }
      }
    }
  }
}
