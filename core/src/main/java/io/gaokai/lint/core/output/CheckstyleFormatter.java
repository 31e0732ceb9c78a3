package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle's XML report, which Jenkins (Warnings NG: {@code recordIssues(tools: [checkStyle(…)])}),
 * reviewdog ({@code -f=checkstyle}), SonarQube importers and many editors read:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <checkstyle version="TOOL-VERSION">
 *   <file name="reports/2023.txt">
 *     <error line="80" column="1" severity="error" message="…" source="gaokai-lint.fee-statement-missing"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 *
 * One {@code <file>} per input, in the run's order, with or without findings (a report that passed
 * is listed, so a consumer tells "checked, clean" from "not checked"); an unreadable input is a
 * {@code <file>} with its {@code input-unreadable} finding. Active findings only (suppressed ones
 * are in JSON and SARIF). Severities are Checkstyle's own: {@code error}, {@code warning},
 * {@code info}. The message is in the run's language, followed by where to look in the original
 * for Word and PDF files; {@code source} is {@code gaokai-lint.RULE-ID}. File names are relative
 * to the base directory when the file is in it ({@link ArtifactLocation#plainPath}). Written with a
 * StAX writer as files arrive; characters XML 1.0 cannot hold become U+FFFD ({@link XmlText}).
 */
public final class CheckstyleFormatter implements FindingsFormatter {

  /** The prefix of {@code source}: the rule id follows it. */
  public static final String SOURCE_PREFIX = "gaokai-lint.";

  private final FormatContext context;
  private XMLStreamWriter xml;

  public CheckstyleFormatter(FormatContext context) {
    this.context = context;
  }

  @Override
  public void begin(Writer out) throws IOException {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", XmlText.clean(context.toolVersion()));
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    try {
      xml.writeCharacters("\n  ");
      if (result.activeFindings().isEmpty()) {
        xml.writeEmptyElement("file");
        xml.writeAttribute("name", XmlText.clean(ArtifactLocation.plainPath(result.file(), context.baseDirectory())));
        return;
      }
      xml.writeStartElement("file");
      xml.writeAttribute("name", XmlText.clean(ArtifactLocation.plainPath(result.file(), context.baseDirectory())));
      for (Finding f : result.activeFindings()) {
        Span s = f.span();
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("error");
        xml.writeAttribute("line", String.valueOf(s.line()));
        xml.writeAttribute("column", String.valueOf(s.column()));
        xml.writeAttribute("severity", severity(f.severity()));
        xml.writeAttribute("message", XmlText.clean(message(f)));
        xml.writeAttribute("source", XmlText.clean(SOURCE_PREFIX + f.ruleId()));
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** The message on one line (an attribute's line breaks would be read back as spaces anyway). */
  private String message(Finding f) {
    boolean en = context.english();
    String message = f.message().get(context.lang());
    if (!f.span().locator().isEmpty()) {
      message += en ? " (in the original: " + f.span().locator().describe(true) + ")" : "（原文位置：" + f.span().locator().describe(false) + "）";
    }
    return message.replaceAll("\r\n|[\r\n\u2028\u2029]", " ");
  }

  /** Checkstyle's severities (it also has {@code ignore}, which findings never are). */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "info";
    };
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    out.write("\n");
  }

  private static IOException failure(XMLStreamException e) {
    return new IOException("cannot write Checkstyle XML: " + e.getMessage(), e);
  }
}
