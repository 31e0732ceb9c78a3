package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read it: one {@code <testsuite>} per report, one
 * {@code <testcase>} per rule checked on it (the rules whose {@code when} applies; for an
 * unreadable input, the {@code input-unreadable} pseudo-rule). A rule with findings at or above the
 * threshold has one {@code <failure>} listing them all; an unreadable input is an {@code <error>};
 * findings below the threshold go to the test case's {@code <system-out>}. Suites are small and
 * kept until the end, when the totals of {@code <testsuites>} are known.
 */
public final class JunitFormatter implements FindingsFormatter {

  private final FormatContext context;
  private final RuleCatalog catalog;
  private final LongSupplier nanoClock;
  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
  private final List<String> suites = new ArrayList<>();
  private long tests;
  private long failures;
  private long errors;
  private long startNanos;
  private long lastNanos;

  public JunitFormatter(FormatContext context) {
    this(context, System::nanoTime);
  }

  /** With a clock for the {@code time} attributes (tests use a fixed one). */
  public JunitFormatter(FormatContext context, LongSupplier nanoClock) {
    this.context = context;
    this.catalog = new RuleCatalog(context.rules());
    this.nanoClock = nanoClock;
  }

  @Override
  public void begin(Writer out) {
    startNanos = nanoClock.getAsLong();
    lastNanos = startNanos;
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    long now = nanoClock.getAsLong();
    double seconds = (now - lastNanos) / 1e9;
    lastNanos = now;
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter xml = factory.createXMLStreamWriter(buffer);
      writeSuite(result, seconds, xml);
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    suites.add(buffer.toString());
  }

  /** The test cases of one report: rule id → its findings, checked rules first in rule-set order. */
  private Map<String, List<Finding>> testCases(FileResult result) {
    Map<String, List<Finding>> cases = new LinkedHashMap<>();
    Report report = result.report();
    if (report == null) {
      cases.put(RuleCatalog.INPUT_RULE.id(), new ArrayList<>());
    } else {
      for (Rule rule : catalog.rules()) {
        if (rule.when().appliesTo(report)) {
          cases.put(rule.id(), new ArrayList<>());
        }
      }
    }
    for (Finding f : result.activeFindings()) {
      cases.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f);
    }
    return cases;
  }

  private void writeSuite(FileResult result, double seconds, XMLStreamWriter xml) throws XMLStreamException {
    Map<String, List<Finding>> cases = testCases(result);
    int suiteFailures = 0;
    int suiteErrors = 0;
    for (List<Finding> findings : cases.values()) {
      switch (outcome(result, findings)) {
        case FAILURE -> suiteFailures++;
        case ERROR -> suiteErrors++;
        case PASS -> { }
      }
    }
    tests += cases.size();
    failures += suiteFailures;
    errors += suiteErrors;

    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", XmlText.clean(result.file()));
    xml.writeAttribute("tests", String.valueOf(cases.size()));
    xml.writeAttribute("failures", String.valueOf(suiteFailures));
    xml.writeAttribute("errors", String.valueOf(suiteErrors));
    xml.writeAttribute("skipped", "0");
    xml.writeAttribute("time", time(seconds));
    writeProperties(result, xml);
    String classname = classname(result.file());
    for (Map.Entry<String, List<Finding>> c : cases.entrySet()) {
      writeTestCase(result, classname, c.getKey(), c.getValue(), xml);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private void writeProperties(FileResult result, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    property(xml, "kind", result.kind());
    Report r = result.report();
    if (r != null) {
      property(xml, "year", r.hasYear() ? String.valueOf(r.year()) : "");
      property(xml, "formatVersion", r.format().id());
      property(xml, "organKind", r.organKind().id());
    }
    property(xml, "failOn", context.failOn() == null ? "never" : context.failOn().id());
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", XmlText.clean(value));
  }

  private void writeTestCase(FileResult result, String classname, String ruleId, List<Finding> findings, XMLStreamWriter xml)
      throws XMLStreamException {
    Outcome outcome = outcome(result, findings);
    List<Finding> failing = findings.stream().filter(f -> failsOrUnreadable(result, f)).toList();
    List<Finding> passing = findings.stream().filter(f -> !failsOrUnreadable(result, f)).toList();
    xml.writeCharacters("\n    ");
    if (findings.isEmpty()) {
      xml.writeEmptyElement("testcase");
      testCaseAttributes(classname, ruleId, xml);
      return;
    }
    xml.writeStartElement("testcase");
    testCaseAttributes(classname, ruleId, xml);
    if (!failing.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement(outcome == Outcome.ERROR ? "error" : "failure");
      xml.writeAttribute("message", XmlText.clean(summary(failing)));
      xml.writeAttribute("type", ruleId);
      xml.writeCharacters(XmlText.clean("\n" + details(failing, ruleId)));
      xml.writeEndElement();
    }
    if (!passing.isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      String note = context.english()
          ? "below the --fail-on threshold (" + threshold() + "):\n"
          : "未达到 --fail-on 级别（" + threshold() + "）的问题：\n";
      xml.writeCharacters(XmlText.clean(note + details(passing, null)));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void testCaseAttributes(String classname, String ruleId, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeAttribute("classname", classname);
    xml.writeAttribute("name", XmlText.clean(ruleId));
    xml.writeAttribute("time", "0");
  }

  private enum Outcome { PASS, FAILURE, ERROR }

  private Outcome outcome(FileResult result, List<Finding> findings) {
    if (result.unreadable() && findings.stream().anyMatch(f -> f.ruleId().equals(RuleCatalog.INPUT_RULE.id()))) {
      return Outcome.ERROR;
    }
    return findings.stream().anyMatch(f -> context.fails(f.severity())) ? Outcome.FAILURE : Outcome.PASS;
  }

  /** An unreadable input is an error whatever the threshold: nothing could be checked. */
  private boolean failsOrUnreadable(FileResult result, Finding f) {
    return context.fails(f.severity()) || result.unreadable() && f.ruleId().equals(RuleCatalog.INPUT_RULE.id());
  }

  private String summary(List<Finding> findings) {
    String first = findings.get(0).message().get(context.lang());
    if (findings.size() == 1) {
      return first;
    }
    return context.english()
        ? findings.size() + " findings; first: " + first
        : "共 " + findings.size() + " 处，第一处：" + first;
  }

  /** One line per finding, {@code file:line:column: severity message}, then how to fix it. */
  private String details(List<Finding> findings, String ruleId) {
    StringBuilder sb = new StringBuilder();
    boolean en = context.english();
    for (Finding f : findings) {
      Span s = f.span();
      sb.append(f.file()).append(':').append(s.line()).append(':').append(s.column()).append(": ")
          .append(f.severity().label(en)).append(" [").append(f.ruleId()).append("] ")
          .append(f.message().get(context.lang()));
      if (!s.locator().isEmpty()) {
        sb.append(en ? " (in the original: " : "（原文位置：").append(s.locator().describe(en)).append(en ? ")" : "）");
      }
      sb.append('\n');
    }
    if (ruleId != null) {
      catalog.rule(ruleId).map(r -> r.help().get(context.lang()).strip()).filter(h -> !h.isEmpty())
          .ifPresent(h -> sb.append(en ? "fix: " : "修正：").append(h).append('\n'));
    }
    return sb.toString();
  }

  private String threshold() {
    return context.failOn() == null ? "never" : context.failOn().id();
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    double seconds = (nanoClock.getAsLong() - startNanos) / 1e9;
    try {
      XMLStreamWriter xml = factory.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "gaokai-lint");
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", String.valueOf(errors));
      xml.writeAttribute("time", time(seconds));
      xml.writeCharacters("");
      xml.flush();
      for (String suite : suites) {
        out.write(suite);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.write("\n");
  }

  /**
   * A Java-like class name from the file, so that Jenkins groups reports by directory:
   * {@code reports/2023/局.txt} → {@code reports.2023.局_txt}.
   */
  static String classname(String file) {
    String[] parts = file.replace('\\', '/').split("/");
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      String segment = part.equals("..") ? "_" : part.replace('.', '_');
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(segment);
    }
    return XmlText.clean(sb.length() == 0 ? "report" : sb.toString());
  }

  private static String time(double seconds) {
    return String.format(Locale.ROOT, "%.3f", Math.max(0, seconds));
  }
}
