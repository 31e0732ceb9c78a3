package io.gaokai.lint.core.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The Word comments that speak to the linter: those whose text starts with {@value #PREFIX} (e.g.
 * {@code gaokai-lint-disable fee-statement-missing: reason}). Each becomes the line {@code <!--
 * text -->} just before the paragraph it is anchored to: the paragraph where its range starts, or,
 * for a comment on a point, the paragraph holding its reference mark. The comment's text is put on
 * one line, and a {@code -->} inside it becomes {@code -- >} so that the line stays one comment.
 * Other comments (reviewers' notes) are ignored.
 *
 * <p>One instance per document read: it remembers which comments it has placed, so that a comment
 * whose range spans several paragraphs is placed once.
 */
final class DocxSuppressionComments {

  static final String PREFIX = "gaokai-lint-";

  private static final String WORD_NS =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Set<QName> ANCHORS =
      Set.of(new QName(WORD_NS, "commentRangeStart"), new QName(WORD_NS, "commentReference"));
  private static final QName ID = new QName(WORD_NS, "id");

  private final Map<String, String> lineById = new LinkedHashMap<>();
  private final Set<String> placed = new HashSet<>();

  DocxSuppressionComments(XWPFDocument document) {
    XWPFComment[] comments = document.getComments();
    if (comments == null) {
      return;
    }
    for (XWPFComment comment : comments) {
      String text =
          comment.getText() == null ? "" : comment.getText().replaceAll("\\s+", " ").strip();
      if (text.startsWith(PREFIX)) {
        lineById.put(comment.getId(), "<!-- " + text.replace("-->", "-- >") + " -->");
      }
    }
  }

  /** The comment lines to place before this paragraph, in the order their anchors appear in it. */
  List<String> linesBefore(XWPFParagraph paragraph) {
    if (lineById.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String id : anchoredIds(paragraph)) {
      String line = lineById.get(id);
      if (line != null && placed.add(id)) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The ids of comment range starts and reference marks anywhere inside the paragraph. */
  private static Set<String> anchoredIds(XWPFParagraph paragraph) {
    return XmlAttributes.collect(paragraph.getCTP(), ANCHORS::contains, ID, new LinkedHashSet<>());
  }
}
