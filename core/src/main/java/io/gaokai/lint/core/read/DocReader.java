package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97–2003 documents (doc), read with Apache POI's HWPF. Paragraphs give lines ({@link
 * Locator#paragraph}, counting the paragraphs outside tables from 1); tables give one line per row
 * with the cells joined by tabs (locator: table and row number), merged cells resolved as in docx:
 * a vertically merged continuation is empty, a cell wider than one grid column gives its text plus
 * empty cells ({@link DocTableGrid}).
 */
public final class DocReader implements DocumentReader {

  /** Field codes are gone already; these are Word's remaining marks and placeholders. */
  private static final Pattern CONTROL_CHARACTERS =
      Pattern.compile("[\\x00-\\x08\\x0C\\x0E-\\x1F]");

  private static final String WORD_STREAM = "WordDocument";

  @Override
  public String kind() {
    return "doc";
  }

  @Override
  public SourceDocument read(String name, byte[] content) throws InputException {
    HWPFDocument document = open(content);
    try {
      return read(name, document);
    } catch (RuntimeException e) {
      throw damaged(e);
    }
  }

  /**
   * The document in a doc file, with the checks {@link #read} makes (encryption, another Office
   * file, Word 6.0/95, damage): for a caller that copies it, such as the annotator.
   */
  static HWPFDocument open(byte[] content) throws InputException {
    try (POIFSFileSystem container = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = container.getRoot();
      if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
        throw encrypted(null);
      }
      if (!root.hasEntry(WORD_STREAM)) {
        throw new InputException(
            "不是 Word 文档：这是另一种 Office 97–2003 文件（如 xls、ppt）",
            "not a Word document: this is another Office 97-2003 file (such as xls or ppt)");
      }
      return new HWPFDocument(container);
    } catch (EncryptedDocumentException e) {
      throw encrypted(e);
    } catch (OldWordFileFormatException e) {
      throw new InputException(
          "Word 6.0/95 格式过旧，无法读取：请另存为 docx 或 PDF 后再检查",
          "the Word 6.0/95 format is too old to read: save the file as docx or PDF first",
          e);
    } catch (IOException | RuntimeException e) {
      throw damaged(e);
    }
  }

  private static InputException damaged(Exception e) {
    return new InputException(
        "doc 文件已损坏或不是 Word 文档，无法读取（" + e.getClass().getSimpleName() + "）",
        "the doc file is damaged or not a Word document (" + e.getClass().getSimpleName() + ")",
        e);
  }

  private SourceDocument read(String name, HWPFDocument document) throws InputException {
    SourceLines lines = new SourceLines();
    walk(document, new Body() {
      @Override
      public void paragraph(Paragraph paragraph, String text, int number) {
        lines.add(text, Locator.paragraph(number));
      }

      @Override
      public void table(Table table, DocTableGrid grid, int number) {
        for (int r = 0; r < table.numRows(); r++) {
          List<String> cells = new ArrayList<>();
          for (Cell cell : cells(table.getRow(r), grid)) {
            cells.add(cell.text());
            for (int i = 1; i < cell.span(); i++) {
              cells.add("");
            }
          }
          lines.add(TableRowLine.join(cells), TableRowLine.locator(number, r + 1));
        }
      }
    });
    if (!lines.hasText()) {
      throw new InputException(
          "Word 文档中没有文字：没有可检查的内容", "the Word document holds no text: nothing to check");
    }
    return lines.toDocument(name, kind());
  }

  /** What {@link #walk} meets in a document's main text, in order. */
  interface Body {
    /** A paragraph outside tables, its text as read, and its 1-based number among them. */
    void paragraph(Paragraph paragraph, String text, int number);

    /** A table, its column grid, and its 1-based number among the tables. */
    void table(Table table, DocTableGrid grid, int number);
  }

  /**
   * Walks the main text: each paragraph outside a table, each table once. The reader and the
   * annotator's copy ({@link DocAsDocx}) walk the same way, so that paragraph and table numbers
   * (the locators of findings) name the same things in both.
   */
  static void walk(HWPFDocument document, Body body) {
    Range range = document.getRange();
    int paragraphs = 0;
    int tables = 0;
    int count = range.numParagraphs();
    for (int i = 0; i < count; ) {
      Paragraph paragraph = range.getParagraph(i);
      Table table = paragraph.isInTable() ? tableStartingAt(range, paragraph) : null;
      if (table != null && table.numParagraphs() > 0) {
        body.table(table, DocTableGrid.of(table), ++tables);
        i += table.numParagraphs();
      } else {
        body.paragraph(paragraph, paragraphText(paragraph.text()), ++paragraphs);
        i++;
      }
    }
  }

  /** The table this paragraph opens, or null when HWPF cannot see one starting here. */
  private static Table tableStartingAt(Range range, Paragraph paragraph) {
    try {
      return range.getTable(paragraph);
    } catch (IllegalArgumentException notFirstParagraphOfTable) {
      return null;
    }
  }

  /**
   * One place of a row line: a cell, its text (empty for a merged continuation) and the grid
   * columns it covers, or an empty column before a cell that starts further right ({@code cell}
   * null, span 1).
   */
  record Cell(TableCell cell, String text, int span) {}

  /** The places of a row, left to right: together they give the row's line, one text per grid column. */
  static List<Cell> cells(TableRow row, DocTableGrid grid) {
    List<Cell> cells = new ArrayList<>();
    int columns = 0;
    for (int c = 0; c < row.numCells(); c++) {
      TableCell cell = row.getCell(c);
      while (columns < grid.column(cell.getLeftEdge())) {
        cells.add(new Cell(null, "", 1));
        columns++;
      }
      int span = grid.span(cell);
      cells.add(new Cell(cell, continuesMerge(cell) ? "" : cellText(cell.text()), span));
      columns += span;
    }
    return cells;
  }

  static boolean continuesMerge(TableCell cell) {
    return (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
        || (cell.isMerged() && !cell.isFirstMerged());
  }

  /** A paragraph's text without field codes and marks; a manual line break starts a new line. */
  static String paragraphText(String raw) {
    String text = Range.stripFields(raw).replace('\u000B', '\n');
    text = text.replace("\r", "").replace("\u0007", "");
    return CONTROL_CHARACTERS.matcher(text).replaceAll("");
  }

  private static String cellText(String raw) {
    String text = Range.stripFields(raw).replace('\u0007', ' ');
    return TableRowLine.cellText(CONTROL_CHARACTERS.matcher(text).replaceAll(""));
  }

  private static InputException encrypted(Exception cause) {
    return new InputException(
        "Word 文档已加密（设有打开密码），无法读取：请提供未加密的文件",
        "the Word document is encrypted (it needs a password to open): provide an unencrypted copy",
        cause);
  }
}
