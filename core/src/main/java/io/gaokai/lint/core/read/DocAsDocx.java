package io.gaokai.lint.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Section;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word 97–2003 document (doc) as a docx, for the annotator: POI cannot turn HWPF into XWPF, so
 * the copy is built from what the {@link DocReader} reads, walking the document the same way
 * ({@link DocReader#walk}), so that every paragraph and table number a finding names is the same
 * paragraph or table in the copy, and the copy reads back ({@link DocxReader}) as the same lines.
 *
 * <p>Kept: the paragraphs outside tables in order, with their text as read (field results, not
 * field codes), manual line breaks and tabs, their alignment and indents, and each run's bold,
 * italic, underline, size and Latin font (when the runs give the paragraph's text exactly; else
 * the paragraph is one run formatted as its first); the tables with their rows, cells, column
 * widths, horizontal spans and vertical merges, each cell's text as one paragraph, with single
 * borders; the first section's page size and margins. Not kept: styles and numbering (list
 * numbers are not text in a doc file either), pictures and other objects, headers, footers,
 * footnotes, text boxes, comments, tracked changes, cell shading and paragraph spacing.
 */
public final class DocAsDocx {

  private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

  /** Word's justification codes (HWPF {@code jc}) as docx alignments; others are left aligned. */
  private static final STJc.Enum[] ALIGNMENTS = {STJc.LEFT, STJc.CENTER, STJc.RIGHT, STJc.BOTH, STJc.DISTRIBUTE};

  private DocAsDocx() {}

  /**
   * The docx copy of a doc file, as bytes of a complete docx package.
   *
   * @throws InputException when the doc cannot be read (as {@link DocReader} would refuse it)
   */
  public static byte[] convert(byte[] doc) throws InputException {
    HWPFDocument source = DocReader.open(doc);
    try (XWPFDocument target = new XWPFDocument()) {
      CTBody body = target.getDocument().getBody();
      DocReader.walk(source, new DocReader.Body() {
        @Override
        public void paragraph(Paragraph paragraph, String text, int number) {
          CTP p = body.addNewP();
          layout(paragraph, p);
          write(paragraph, text, p);
        }

        @Override
        public void table(Table table, DocTableGrid grid, int number) {
          addTable(body.addNewTbl(), table, grid);
        }
      });
      pageSetup(source, body);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      target.write(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          "无法把 doc 文件转为 docx（" + e.getClass().getSimpleName() + "）",
          "the doc file could not be copied as a docx (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private static void layout(Paragraph paragraph, CTP p) {
    int jc = paragraph.getJustification();
    int left = paragraph.getIndentFromLeft();
    int right = paragraph.getIndentFromRight();
    int first = paragraph.getFirstLineIndent();
    if (jc <= 0 && left == 0 && right == 0 && first == 0) {
      return;
    }
    CTPPr properties = p.addNewPPr();
    if (left != 0 || right != 0 || first != 0) {
      var ind = properties.addNewInd();
      ind.setLeft(BigInteger.valueOf(left));
      ind.setRight(BigInteger.valueOf(right));
      if (first >= 0) {
        ind.setFirstLine(BigInteger.valueOf(first));
      } else {
        ind.setHanging(BigInteger.valueOf(-first));
      }
    }
    if (jc > 0 && jc < ALIGNMENTS.length) {
      properties.addNewJc().setVal(ALIGNMENTS[jc]);
    }
  }

  /**
   * The paragraph's text as read, run by run when the runs, cleaned as the reader cleans the
   * paragraph, give exactly that text; else in one run formatted as the first.
   */
  private static void write(Paragraph paragraph, String text, CTP p) {
    List<CharacterRun> runs = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < paragraph.numCharacterRuns(); i++) {
      CharacterRun run = paragraph.getCharacterRun(i);
      String cleaned = DocReader.paragraphText(run.text());
      if (!cleaned.isEmpty()) {
        runs.add(run);
        texts.add(cleaned);
        joined.append(cleaned);
      }
    }
    if (joined.toString().equals(text)) {
      for (int i = 0; i < runs.size(); i++) {
        addRun(p, texts.get(i), runs.get(i));
      }
    } else if (!text.isEmpty()) {
      addRun(p, text, paragraph.numCharacterRuns() > 0 ? paragraph.getCharacterRun(0) : null);
    }
  }

  /** A run of text with the format of {@code format} (or none); line breaks and tabs as Word's elements. */
  private static void addRun(CTP p, String text, CharacterRun format) {
    CTR r = p.addNewR();
    if (format != null) {
      format(format, r);
    }
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        addText(r, piece);
        if (c == '\n') {
          r.addNewBr();
        } else {
          r.addNewTab();
        }
      } else {
        piece.append(c);
      }
    }
    addText(r, piece);
  }

  private static void addText(CTR r, StringBuilder piece) {
    if (piece.length() == 0) {
      return;
    }
    CTText t = r.addNewT();
    t.setStringValue(piece.toString());
    try (XmlCursor cursor = t.newCursor()) {
      cursor.toNextToken();
      cursor.insertAttributeWithValue(XML_SPACE, "preserve");
    }
    piece.setLength(0);
  }

  private static void format(CharacterRun run, CTR r) {
    CTRPr properties = r.addNewRPr();
    String font = run.getFontName();
    if (font != null && !font.isBlank()) {
      var fonts = properties.addNewRFonts();
      fonts.setAscii(font);
      fonts.setHAnsi(font);
    }
    if (run.isBold()) {
      properties.addNewB();
    }
    if (run.isItalic()) {
      properties.addNewI();
    }
    if (run.getUnderlineCode() != 0) {
      properties.addNewU().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline.SINGLE);
    }
    int halfPoints = run.getFontSize();
    if (halfPoints > 0 && halfPoints < 3200) {
      properties.addNewSz().setVal(BigInteger.valueOf(halfPoints));
      properties.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
  }

  private static void addTable(CTTbl tbl, Table table, DocTableGrid grid) {
    CTTblPr properties = tbl.addNewTblPr();
    int total = 0;
    for (int c = 0; c < grid.columns(); c++) {
      total += grid.width(c);
    }
    var width = properties.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(total));
    CTTblBorders borders = properties.addNewTblBorders();
    for (CTBorder border : List.of(
        borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight(),
        borders.addNewInsideH(), borders.addNewInsideV())) {
      border.setVal(STBorder.SINGLE);
      border.setSz(BigInteger.valueOf(4));
      border.setColor("000000");
    }
    CTTblGrid columns = tbl.addNewTblGrid();
    for (int c = 0; c < grid.columns(); c++) {
      columns.addNewGridCol().setW(BigInteger.valueOf(grid.width(c)));
    }
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      CTRow tr = tbl.addNewTr();
      int column = 0;
      for (DocReader.Cell cell : DocReader.cells(row, grid)) {
        addCell(tr.addNewTc(), cell, grid, column);
        column += cell.span();
      }
      if (tr.sizeOfTcArray() == 0) {
        tr.addNewTc().addNewP(); // a row must hold a cell and a cell a paragraph
      }
    }
  }

  private static void addCell(CTTc tc, DocReader.Cell cell, DocTableGrid grid, int column) {
    CTTcPr properties = tc.addNewTcPr();
    int width = 0;
    for (int c = column; c < column + cell.span(); c++) {
      width += grid.width(c);
    }
    var w = properties.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    if (cell.span() > 1) {
      properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
    }
    TableCell source = cell.cell();
    if (source != null && source.isVerticallyMerged()) {
      properties.addNewVMerge().setVal(source.isFirstVerticallyMerged() ? STMerge.RESTART : STMerge.CONTINUE);
    }
    CTP p = tc.addNewP();
    if (!cell.text().isEmpty()) {
      CharacterRun format = source != null && source.numCharacterRuns() > 0 ? source.getCharacterRun(0) : null;
      addRun(p, cell.text(), format);
    }
  }

  private static void pageSetup(HWPFDocument source, CTBody body) {
    CTSectPr section = body.addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    CTPageMar margins = section.addNewPgMar();
    Section first = source.getRange().numSections() > 0 ? source.getRange().getSection(0) : null;
    if (first != null && first.getPageWidth() > 0 && first.getPageHeight() > 0) {
      size.setW(BigInteger.valueOf(first.getPageWidth()));
      size.setH(BigInteger.valueOf(first.getPageHeight()));
      margins.setTop(BigInteger.valueOf(first.getMarginTop()));
      margins.setBottom(BigInteger.valueOf(first.getMarginBottom()));
      margins.setLeft(BigInteger.valueOf(first.getMarginLeft()));
      margins.setRight(BigInteger.valueOf(first.getMarginRight()));
    } else {
      // A4 with Word's margins for Chinese documents
      size.setW(BigInteger.valueOf(11906));
      size.setH(BigInteger.valueOf(16838));
      margins.setTop(BigInteger.valueOf(1440));
      margins.setBottom(BigInteger.valueOf(1440));
      margins.setLeft(BigInteger.valueOf(1800));
      margins.setRight(BigInteger.valueOf(1800));
    }
  }
}
