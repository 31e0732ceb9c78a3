package io.gaokai.lint.core.annotate;

import io.gaokai.lint.core.read.DocxReader;
import io.gaokai.lint.core.read.DocxTableRows;
import io.gaokai.lint.core.read.XmlAttributes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The comments gaokai-lint adds to a Word document, and removes again: the comments part
 * ({@code /word/comments.xml}, created with its relationship and content type when the document
 * has none), and in the body a {@code commentRangeStart} after the first paragraph's properties, a
 * {@code commentRangeEnd} at the end of the last paragraph and a run holding the {@code
 * commentReference} after it: the range covers the whole paragraph, or every paragraph of a cell.
 * Nothing else of the body changes: its text reads the same.
 *
 * <p>A comment is gaokai-lint's by its author, {@value #AUTHOR}. Before adding, the comments of an
 * earlier run are removed with their anchors and with their entries in the parts Word 2013 and
 * later keep about comments (replies and done state in {@code commentsExtended}, durable ids in
 * {@code commentsIds} and {@code commentsExtensible}); a reply an author wrote to one becomes a
 * comment of its own. Every other comment stays as it was.
 */
final class WordComments {

  static final String AUTHOR = "gaokai-lint";
  static final String INITIALS = "GL";

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  private static final QName ID = new QName(W, "id");
  private static final QName DATE = new QName(W, "date");
  private static final QName PARAGRAPH_PROPERTIES = new QName(W, "pPr");
  private static final QName RUN = new QName(W, "r");
  private static final QName RUN_PROPERTIES = new QName(W, "rPr");
  private static final QName RANGE_START = new QName(W, "commentRangeStart");
  private static final QName RANGE_END = new QName(W, "commentRangeEnd");
  private static final QName REFERENCE = new QName(W, "commentReference");
  private static final QName ANNOTATION_REF = new QName(W, "annotationRef");
  private static final QName PARAGRAPH_ID = new QName(W14, "paraId");
  private static final Set<QName> ANCHORS = Set.of(RANGE_START, RANGE_END, REFERENCE);

  private WordComments() {}

  /** Removes the comments an earlier run added, with their anchors; returns how many. */
  static int removeEarlier(XWPFDocument document) throws IOException {
    XWPFComments part = document.getDocComments();
    if (part == null) {
      return 0;
    }
    Set<String> ids = new HashSet<>();
    Set<String> paragraphIds = new HashSet<>();
    List<XWPFComment> comments = part.getComments();
    for (int i = comments.size() - 1; i >= 0; i--) {
      XWPFComment comment = comments.get(i);
      if (AUTHOR.equals(comment.getAuthor())) {
        ids.add(comment.getId());
        paragraphIds.addAll(paragraphIds(comment.getCtComment()));
        part.removeComment(i);
      }
    }
    if (ids.isEmpty()) {
      return 0;
    }
    removeAnchors(document.getDocument(), ids);
    CommentExtensions.remove(document, paragraphIds);
    return ids.size();
  }

  /**
   * Adds one comment per annotation, numbered after every comment id the document uses; returns
   * how many were placed (an anchor the document does not have goes to its last paragraph; only a
   * document without paragraphs places none).
   */
  static int add(XWPFDocument document, List<Annotation> annotations, Instant date) {
    if (annotations.isEmpty()) {
      return 0;
    }
    BigInteger next = largestId(document).add(BigInteger.ONE);
    XWPFComments part = document.getDocComments() != null ? document.getDocComments() : document.createComments();
    int placed = 0;
    for (Annotation annotation : annotations) {
      CTP[] range = range(document, annotation.anchor());
      if (range == null) {
        continue;
      }
      XWPFComment comment = part.createComment(next);
      comment.setAuthor(AUTHOR);
      comment.setInitials(INITIALS);
      try (XmlCursor cursor = comment.getCtComment().newCursor()) {
        // as Word writes it, to the second, without the milliseconds XmlBeans would add
        cursor.setAttributeText(DATE, DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(ChronoUnit.SECONDS)));
      }
      for (int i = 0; i < annotation.paragraphs().size(); i++) {
        XWPFParagraph paragraph = comment.createParagraph();
        if (i == 0) {
          // the comment's own mark, as Word writes it first in a comment
          try (XmlCursor cursor = paragraph.getCTP().addNewR().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(ANNOTATION_REF);
          }
        }
        paragraph.createRun().setText(annotation.paragraphs().get(i));
      }
      mark(range[0], range[1], next.toString());
      next = next.add(BigInteger.ONE);
      placed++;
    }
    return placed;
  }

  /** The first and last paragraph an anchor covers, or null when the document has no paragraph at all. */
  static CTP[] range(XWPFDocument document, Anchor anchor) {
    if (anchor instanceof Anchor.Paragraph p) {
      XWPFParagraph paragraph = DocxReader.paragraph(document, p.number());
      if (paragraph != null) {
        return new CTP[] {paragraph.getCTP(), paragraph.getCTP()};
      }
    } else if (anchor instanceof Anchor.Cell c) {
      XWPFTable table = DocxReader.table(document, c.table());
      XWPFTableRow row = table == null ? null : table.getRow(c.row() - 1);
      if (row != null) {
        CTP[] cell = cell(DocxTableRows.cellAt(row, c.column()));
        for (int i = 0; cell == null && i < row.getTableCells().size(); i++) {
          cell = cell(row.getTableCells().get(i)); // a cell without a paragraph: another of the row
        }
        if (cell != null) {
          return cell;
        }
      }
    }
    return end(document);
  }

  private static CTP[] cell(XWPFTableCell cell) {
    if (cell == null || cell.getParagraphs().isEmpty()) {
      return null;
    }
    List<XWPFParagraph> paragraphs = cell.getParagraphs();
    return new CTP[] {paragraphs.get(0).getCTP(), paragraphs.get(paragraphs.size() - 1).getCTP()};
  }

  /** The last body paragraph, else the last paragraph of the last table's last cell, else null. */
  private static CTP[] end(XWPFDocument document) {
    List<IBodyElement> elements = document.getBodyElements();
    for (int i = elements.size() - 1; i >= 0; i--) {
      if (elements.get(i) instanceof XWPFParagraph paragraph) {
        return new CTP[] {paragraph.getCTP(), paragraph.getCTP()};
      }
      if (elements.get(i) instanceof XWPFTable table && !table.getRows().isEmpty()) {
        List<XWPFTableCell> cells = table.getRows().get(table.getRows().size() - 1).getTableCells();
        CTP[] cell = cells.isEmpty() ? null : cell(cells.get(cells.size() - 1));
        if (cell != null) {
          return cell;
        }
      }
    }
    return null;
  }

  /** Puts the range start, the range end and the reference run into the paragraphs. */
  private static void mark(CTP first, CTP last, String id) {
    try (XmlCursor cursor = first.newCursor()) {
      if (cursor.toFirstChild()) {
        if (PARAGRAPH_PROPERTIES.equals(cursor.getName()) && !cursor.toNextSibling()) {
          cursor.toParent();
          cursor.toEndToken();
        }
      } else {
        cursor.toEndToken();
      }
      cursor.beginElement(RANGE_START);
      cursor.insertAttributeWithValue(ID, id);
    }
    try (XmlCursor cursor = last.newCursor()) {
      cursor.toEndToken();
      cursor.beginElement(RANGE_END);
      cursor.insertAttributeWithValue(ID, id);
      cursor.toNextToken();
      cursor.beginElement(RUN);
      cursor.beginElement(REFERENCE);
      cursor.insertAttributeWithValue(ID, id);
    }
  }

  /**
   * The largest comment id in use: in the comments part and on any anchor in the body (an anchor
   * whose comment is gone still holds its id); -1 when there is none. Ids that are no number are
   * left out: they cannot equal a number written here.
   */
  static BigInteger largestId(XWPFDocument document) {
    BigInteger largest = BigInteger.valueOf(-1);
    XWPFComments part = document.getDocComments();
    if (part != null) {
      for (XWPFComment comment : part.getComments()) {
        largest = largest.max(number(comment.getId()));
      }
    }
    try (XmlCursor cursor = document.getDocument().newCursor()) {
      while (!cursor.toNextToken().isNone()) {
        if (cursor.isStart() && ANCHORS.contains(cursor.getName())) {
          largest = largest.max(number(cursor.getAttributeText(ID)));
        }
      }
    }
    return largest;
  }

  private static BigInteger number(String id) {
    try {
      return id == null ? BigInteger.valueOf(-1) : new BigInteger(id.strip());
    } catch (NumberFormatException e) {
      return BigInteger.valueOf(-1);
    }
  }

  /** The {@code w14:paraId} of each paragraph of a comment (Word gives them when it saves). */
  private static Set<String> paragraphIds(XmlObject comment) {
    return XmlAttributes.collect(comment, name -> true, PARAGRAPH_ID, new HashSet<>());
  }

  /**
   * Removes every range start, range end and reference of these comments from the body; a
   * reference's run goes with it when it holds nothing else.
   */
  private static void removeAnchors(XmlObject body, Set<String> ids) {
    List<XmlCursor> found = new ArrayList<>();
    try (XmlCursor cursor = body.newCursor()) {
      while (!cursor.toNextToken().isNone()) {
        if (cursor.isStart() && ANCHORS.contains(cursor.getName()) && ids.contains(cursor.getAttributeText(ID))) {
          found.add(cursor.newCursor());
        }
      }
    }
    for (XmlCursor anchor : found) {
      try (anchor) {
        if (REFERENCE.equals(anchor.getName()) && onlyReferenceIn(anchor)) {
          anchor.toParent();
        }
        anchor.removeXml();
      }
    }
  }

  /** Whether the reference's parent is a run holding only it (and run properties). */
  private static boolean onlyReferenceIn(XmlCursor reference) {
    try (XmlCursor parent = reference.newCursor()) {
      if (!parent.toParent() || !RUN.equals(parent.getName()) || !parent.toFirstChild()) {
        return false;
      }
      do {
        QName name = parent.getName();
        if (!REFERENCE.equals(name) && !RUN_PROPERTIES.equals(name)) {
          return false;
        }
      } while (parent.toNextSibling());
      return true;
    }
  }

  /**
   * The parts Word 2013 and later keep beside the comments, keyed by the paragraph ids of the
   * comments' paragraphs ({@code commentsExtended}: done state and the parent of a reply;
   * {@code commentsIds}: a durable id per comment) or by those durable ids
   * ({@code commentsExtensible}). Entries of removed comments would point at nothing.
   */
  private static final class CommentExtensions {

    private CommentExtensions() {}

    static void remove(XWPFDocument document, Set<String> paragraphIds) throws IOException {
      if (paragraphIds.isEmpty()) {
        return;
      }
      Set<String> durableIds = new HashSet<>();
      List<PackagePart> extensible = new ArrayList<>();
      for (POIXMLDocumentPart.RelationPart relation : document.getRelationParts()) {
        PackagePart part = relation.getDocumentPart().getPackagePart();
        String type = part.getContentType();
        if (type.endsWith(".commentsExtended+xml")) {
          edit(part, "commentEx", "paraId", paragraphIds, "paraIdParent", null);
        } else if (type.endsWith(".commentsIds+xml")) {
          edit(part, "commentId", "paraId", paragraphIds, null, durableIds);
        } else if (type.endsWith(".commentsExtensible+xml")) {
          extensible.add(part);
        }
      }
      for (PackagePart part : extensible) {
        edit(part, "commentExtensible", "durableId", durableIds, null, null);
      }
    }

    /**
     * Removes the {@code element}s whose {@code key} attribute is in {@code keys} (collecting their
     * {@code durableId} into {@code removedDurableIds} when given) and the {@code parentKey}
     * attributes that point at one; elements and attributes are matched by local name.
     */
    private static void edit(
        PackagePart part, String element, String key, Set<String> keys, String parentKey, Set<String> removedDurableIds)
        throws IOException {
      XmlObject xml;
      try (InputStream in = part.getInputStream()) {
        xml = XmlObject.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
      } catch (XmlException e) {
        throw new IOException("unreadable " + part.getPartName() + ": " + e.getMessage(), e);
      }
      boolean changed = false;
      List<XmlCursor> doomed = new ArrayList<>();
      try (XmlCursor cursor = xml.newCursor()) {
        while (!cursor.toNextToken().isNone()) {
          if (!cursor.isStart() || !element.equals(cursor.getName().getLocalPart())) {
            continue;
          }
          if (keys.contains(attribute(cursor, key))) {
            if (removedDurableIds != null && attribute(cursor, "durableId") != null) {
              removedDurableIds.add(attribute(cursor, "durableId"));
            }
            doomed.add(cursor.newCursor());
          } else if (parentKey != null && keys.contains(attribute(cursor, parentKey))) {
            removeAttribute(cursor, parentKey);
            changed = true;
          }
        }
      }
      for (XmlCursor c : doomed) {
        try (c) {
          c.removeXml();
          changed = true;
        }
      }
      if (changed) {
        try (OutputStream out = part.getOutputStream()) {
          xml.save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        }
      }
    }

    private static String attribute(XmlCursor element, String localName) {
      try (XmlCursor a = element.newCursor()) {
        for (boolean more = a.toFirstAttribute(); more; more = a.toNextAttribute()) {
          if (localName.equals(a.getName().getLocalPart())) {
            return a.getTextValue();
          }
        }
      }
      return null;
    }

    private static void removeAttribute(XmlCursor element, String localName) {
      try (XmlCursor a = element.newCursor()) {
        for (boolean more = a.toFirstAttribute(); more; more = a.toNextAttribute()) {
          if (localName.equals(a.getName().getLocalPart())) {
            a.removeXml();
            return;
          }
        }
      }
    }
  }
}
