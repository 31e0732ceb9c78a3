package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word 2007+ documents (docx), read with Apache POI. The body is read in document order: each
 * paragraph gives a line ({@link Locator#paragraph}, counting the body's paragraphs from 1), each
 * table row gives a line of tab-separated cells with merged cells resolved (locator: table and row
 * number). Comments whose text starts with {@code gaokai-lint-} become {@code <!-- ... -->} lines
 * before the paragraph or row they are anchored to.
 *
 * <p>Before POI sees the file, every entry of the ZIP is inflated once into nothing, counting: a file
 * whose entries expand to more than the {@linkplain ExpandedSize expanded-size limit} is refused
 * as soon as the count passes it, having held none of it (POI holds every entry in memory). POI's
 * own zip-bomb guard (ZipSecureFile: inflation ratio and entry size limits) stays at its defaults
 * behind it; a bomb, a truncated file or any other damage becomes an {@link InputException}. POI
 * parses the XML parts with DOCTYPE declarations disallowed, so external entities are neither
 * read nor fetched; such a file is refused with a message saying so.
 */
public final class DocxReader implements DocumentReader {

  /** The end-of-central-directory record closes every complete ZIP file. */
  private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};

  /** That record sits within the last 22 bytes plus the longest ZIP comment (64 KB). */
  private static final int END_RECORD_SEARCH = 22 + 0xFFFF;

  private final long expandedLimit;

  /** A reader whose inputs may expand to {@code expandedLimit} bytes (see {@link ExpandedSize}). */
  public DocxReader(long expandedLimit) {
    this.expandedLimit = expandedLimit;
  }

  /** A reader with the default limit, that of the default {@code --max-file-size}. */
  public DocxReader() {
    this(Readers.DEFAULT_EXPANDED_LIMIT);
  }

  @Override
  public String kind() {
    return "docx";
  }

  @Override
  public SourceDocument read(String name, byte[] content) throws InputException {
    try (XWPFDocument document = open(content)) {
      return read(name, document);
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  /**
   * The document in a docx file, opened with the checks {@link #read} makes (an OpenDocument file,
   * a truncated ZIP, the expanded-size limit, damage, DOCTYPE declarations): for a caller that
   * changes the document, such as the annotator. The caller closes it.
   */
  public XWPFDocument open(byte[] content) throws InputException {
    if (isOpenDocument(content)) {
      throw new InputException(
          "这是 OpenDocument（odt）文件，不是 Word 文档：请另存为 docx 或 PDF 后再检查",
          "this is an OpenDocument (odt) file, not a Word document: save it as docx or PDF first");
    }
    if (!hasEndOfCentralDirectory(content)) {
      throw new InputException(
          "docx 文件不完整（ZIP 结构缺少结尾目录），可能下载或复制时被截断",
          "the docx file is incomplete (its ZIP directory is missing): it was probably cut off"
              + " while downloading or copying");
    }
    checkExpandedSize(content);
    try {
      return new XWPFDocument(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  /**
   * The body paragraph that {@link Locator#paragraph} {@code number} names in what this reader
   * gives: the body's paragraphs counted from 1 in document order, tables and content controls
   * not counted. Null when there is no such paragraph.
   */
  public static XWPFParagraph paragraph(XWPFDocument document, int number) {
    int n = 0;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph && ++n == number) {
        return paragraph;
      }
    }
    return null;
  }

  /** The body table that a locator's table {@code number} names (counted from 1), or null. */
  public static XWPFTable table(XWPFDocument document, int number) {
    int n = 0;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFTable table && ++n == number) {
        return table;
      }
    }
    return null;
  }

  /**
   * Inflates every entry the way POI will read them (the same streaming ZIP reader, local headers
   * in file order) and counts the bytes, stopping at the limit. Sizes a header declares are not
   * believed. A ZIP this cannot walk is left to POI, which refuses it as damaged.
   */
  private void checkExpandedSize(byte[] content) throws InputException {
    ExpandedSize budget = new ExpandedSize(expandedLimit, "docx");
    byte[] buffer = new byte[64 * 1024];
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
      while (zip.getNextEntry() != null) {
        for (int n; (n = zip.read(buffer)) > 0; ) {
          budget.spend(n);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a ZIP this reader can walk: POI meets the same damage and says what it is
    }
  }

  private SourceDocument read(String name, XWPFDocument document) throws InputException {
    DocxSuppressionComments comments = new DocxSuppressionComments(document);
    SourceLines lines = new SourceLines();
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        Locator locator = Locator.paragraph(++paragraphs);
        addAll(lines, comments.linesBefore(paragraph), locator);
        lines.add(paragraph.getText(), locator);
      } else if (element instanceof XWPFTable table) {
        addTable(lines, table, ++tables, comments);
      } else if (element instanceof XWPFSDT control) {
        lines.add(control.getContent().getText(), Locator.NONE);
      }
    }
    if (!lines.hasText()) {
      throw new InputException(
          "Word 文档中没有文字：没有可检查的内容", "the Word document holds no text: nothing to check");
    }
    return lines.toDocument(name, kind());
  }

  private static void addTable(
      SourceLines lines, XWPFTable table, int tableNumber, DocxSuppressionComments comments) {
    int rowNumber = 0;
    for (XWPFTableRow row : table.getRows()) {
      Locator locator = TableRowLine.locator(tableNumber, ++rowNumber);
      for (XWPFTableCell cell : row.getTableCells()) {
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
          addAll(lines, comments.linesBefore(paragraph), locator);
        }
      }
      lines.add(TableRowLine.join(DocxTableRows.cells(row)), locator);
    }
  }

  private static void addAll(SourceLines lines, List<String> texts, Locator locator) {
    for (String text : texts) {
      lines.add(text, locator);
    }
  }

  private static InputException unreadable(Exception e) {
    if (isZipBomb(e)) {
      return new InputException(
          "docx 文件解压后体积异常（疑似 ZIP 炸弹），已拒绝读取",
          "the docx file would inflate to an unreasonable size (a zip bomb?): refused to read it",
          e);
    }
    if (causeMentions(e, "DOCTYPE")) {
      return new InputException(
          "docx 中的 XML 含有 DOCTYPE 声明（Word 从不写入，文件可能是为攻击 XML 解析器而构造的），已拒绝读取",
          "the docx holds XML with a DOCTYPE declaration (Word never writes one; the file may be"
              + " crafted to attack XML parsers): refused to read it",
          e);
    }
    if (e instanceof NotOfficeXmlFileException) {
      return new InputException(
          "不是 Word 文档：ZIP 文件中没有 docx 的内容",
          "not a Word document: the ZIP file holds no docx content",
          e);
    }
    return new InputException(
        "docx 文件已损坏或不是 Word 文档，无法读取（" + e.getClass().getSimpleName() + "）",
        "the docx file is damaged or not a Word document (" + e.getClass().getSimpleName() + ")",
        e);
  }

  /** POI reports a zip bomb as an IOException whose message names it. */
  private static boolean isZipBomb(Throwable e) {
    return causeMentions(e, "Zip bomb detected") || causeMentions(e, "potentially malicious");
  }

  /**
   * Whether the message of the exception or of one of its causes contains the text. POI's XML
   * parsers refuse a DOCTYPE (so no external entity is ever resolved or fetched) with a parser
   * exception wrapped two or three times.
   */
  private static boolean causeMentions(Throwable e, String text) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasEndOfCentralDirectory(byte[] content) {
    return ByteSearch.occursNearEnd(content, END_OF_CENTRAL_DIRECTORY, END_RECORD_SEARCH);
  }

  /** ODF packages start with an uncompressed {@code mimetype} entry naming their type. */
  private static boolean isOpenDocument(byte[] content) {
    int n = Math.min(content.length, 100);
    String head = new String(content, 0, n, StandardCharsets.ISO_8859_1);
    return head.contains("mimetypeapplication/vnd.oasis.opendocument");
  }
}
