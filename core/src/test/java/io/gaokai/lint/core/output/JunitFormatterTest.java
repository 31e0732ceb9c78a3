package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.context;
import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.unreadable;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitFormatterTest {

  /** Two row totals broken, two placeholders (warnings) and a forbidden citation in part 一. */
  private static FileResult broken(String name) {
    String text = sampleReport();
    int carried = lineStartingWith(text, "四、结转下年度继续办理");
    text = withLine(text, carried, "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7");
    int fresh = lineStartingWith(text, "一、本年新收");
    text = withLine(text, fresh, "一、本年新收政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t4");
    int overview = lineStartingWith(text, "2023年，本局");
    return lint(name, withLine(text, overview, "2023年，XX局依据国务院令第492号做好工作，XX局还做了别的。"));
  }

  private static Document junit(Severity failOn, List<FileResult> results) throws Exception {
    AtomicLong clock = new AtomicLong();
    String xml = OutputFixtures.render(
        c -> new JunitFormatter(c, () -> clock.addAndGet(250_000_000L)), context(Lang.ZH, failOn, null), results);
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Element parent, String name) {
    NodeList list = parent.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static Element testCase(Element suite, String name) {
    return elements(suite, "testcase").stream().filter(t -> t.getAttribute("name").equals(name)).findFirst().orElseThrow();
  }

  @Test
  void oneSuitePerReportWithOneCaseForEachRuleThatApplies() throws Exception {
    Document doc = junit(Severity.ERROR, List.of(lint("a/clean.txt", sampleReport()), broken("a/broken.txt")));

    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    List<Element> suites = elements(root, "testsuite");
    assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("a/clean.txt", "a/broken.txt");
    assertThat(elements(suites.get(0), "testcase")).extracting(t -> t.getAttribute("name"))
        .containsExactly("three-row-total", "forbidden-text", "placeholder");
    assertThat(elements(suites.get(0), "testcase")).allSatisfy(t -> assertThat(t.getAttribute("classname")).isEqualTo("a.clean_txt"));
    assertThat(suites.get(0).getAttribute("failures")).isEqualTo("0");
    assertThat(suites.get(0).getAttribute("time")).isEqualTo("0.250");
  }

  @Test
  void findingsOfOneRuleMakeOneFailureThatListsThemAll() throws Exception {
    Element suite = elements(junit(Severity.ERROR, List.of(broken("b.txt"))).getDocumentElement(), "testsuite").get(0);

    Element rowTotal = testCase(suite, "three-row-total");
    List<Element> failures = elements(rowTotal, "failure");
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).getAttribute("type")).isEqualTo("three-row-total");
    assertThat(failures.get(0).getAttribute("message")).startsWith("共 2 处");
    assertThat(failures.get(0).getTextContent())
        .contains("b.txt:" + lineOf("一、本年新收") + ":")
        .contains("b.txt:" + lineOf("四、结转下年度继续办理") + ":")
        .contains("错误 [three-row-total]")
        .contains("修正：核对该行各申请人数字及总计。");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("0");
  }

  private static int lineOf(String prefix) {
    return lineStartingWith(sampleReport(), prefix);
  }

  @Test
  void findingsBelowTheThresholdAreOutputNotFailures() throws Exception {
    Element suite = elements(junit(Severity.ERROR, List.of(broken("b.txt"))).getDocumentElement(), "testsuite").get(0);

    Element placeholder = testCase(suite, "placeholder");
    assertThat(elements(placeholder, "failure")).isEmpty();
    assertThat(elements(placeholder, "system-out")).singleElement()
        .satisfies(out -> assertThat(out.getTextContent()).contains("未达到 --fail-on 级别（error）").contains("警告 [placeholder] 占位符“XX局”"));
  }

  @Test
  void withAWarningThresholdWarningsFail() throws Exception {
    Element root = junit(Severity.WARNING, List.of(broken("b.txt"))).getDocumentElement();

    assertThat(elements(testCase(root, "placeholder"), "failure")).hasSize(1);
    assertThat(root.getAttribute("failures")).isEqualTo("3");
  }

  @Test
  void withNoThresholdNothingFails() throws Exception {
    Element root = junit(null, List.of(broken("b.txt"))).getDocumentElement();

    assertThat(elements(root, "failure")).isEmpty();
    assertThat(elements(root, "system-out")).hasSize(3);
    assertThat(root.getAttribute("failures")).isEqualTo("0");
  }

  @Test
  void anUnreadableInputIsAnErrorOfThePseudoRule() throws Exception {
    Element root = junit(null, List.of(unreadable("empty.txt"))).getDocumentElement();

    Element suite = elements(root, "testsuite").get(0);
    assertThat(elements(suite, "testcase")).extracting(t -> t.getAttribute("name")).containsExactly(Linter.INPUT_RULE_ID);
    assertThat(elements(suite, "error")).singleElement()
        .satisfies(e -> assertThat(e.getAttribute("message")).startsWith("无法读取报告"));
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
  }

  @Test
  void outerTotalsAreTheSumsOfTheSuites() throws Exception {
    Element root = junit(Severity.ERROR, List.of(broken("1.txt"), lint("2.txt", sampleReport()), unreadable("3.txt"), broken("4.txt")))
        .getDocumentElement();

    long tests = 0;
    long failures = 0;
    long errors = 0;
    for (Element s : elements(root, "testsuite")) {
      tests += Long.parseLong(s.getAttribute("tests"));
      failures += Long.parseLong(s.getAttribute("failures"));
      errors += Long.parseLong(s.getAttribute("errors"));
      assertThat(elements(s, "testcase")).hasSize(Integer.parseInt(s.getAttribute("tests")));
      assertThat(elements(s, "testcase").stream().filter(t -> !elements(t, "failure").isEmpty()).count())
          .isEqualTo(Long.parseLong(s.getAttribute("failures")));
    }
    assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(tests)).isEqualTo("10");
    assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failures)).isEqualTo("4");
    assertThat(root.getAttribute("errors")).isEqualTo(String.valueOf(errors)).isEqualTo("1");
  }

  @Test
  void textXmlCannotCarryIsReplacedSoTheDocumentStaysWellFormed() throws Exception {
    String text = withLine(sampleReport(), lineStartingWith(sampleReport(), "2023年，本局"), "XX局\u0001\u001b工作 <b>&amp;</b> ]]>");
    Element root = junit(Severity.WARNING, List.of(lint("bad\u0007<name>&.txt", text))).getDocumentElement();

    Element suite = elements(root, "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("bad\uFFFD<name>&.txt");
    assertThat(testCase(suite, "placeholder").getAttribute("classname")).isEqualTo("bad\uFFFD<name>&_txt");
  }

  @Test
  void classNamesFollowTheDirectories() {
    assertThat(JunitFormatter.classname("reports/2023/局.report.txt")).isEqualTo("reports.2023.局_report_txt");
    assertThat(JunitFormatter.classname("./a\\b.txt")).isEqualTo("a.b_txt");
    assertThat(JunitFormatter.classname("../x.md")).isEqualTo("_.x_md");
  }
}
