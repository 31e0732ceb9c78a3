package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.context;
import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.render;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.unreadable;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

class CheckstyleFormatterTest {

  private static final Path BASE = Path.of("/work/repo").toAbsolutePath();

  /** The sample with its row 四 total broken (an error) and a placeholder in part 一 (a warning). */
  private static FileResult broken(String name) {
    String text = sampleReport();
    text = withLine(text, lineStartingWith(text, "四、结转下年度继续办理"), "四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t7");
    return lint(name, withLine(text, lineStartingWith(text, "2023年，本局"), "2023年，XX局依法做好政府信息公开工作。"));
  }

  static Document parse(String xml) throws Exception {
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Document checkstyle(Lang lang, List<FileResult> results) throws Exception {
    return parse(render(CheckstyleFormatter::new, context(lang, Severity.ERROR, BASE), results));
  }

  static Set<String> attributes(Element e) {
    Set<String> names = new TreeSet<>();
    NamedNodeMap map = e.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      names.add(map.item(i).getNodeName());
    }
    return names;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        assertThat(e.getTagName()).as("child of <%s>", parent.getTagName()).isEqualTo(name);
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void checkstylesElementsAndAttributesWithAFileElementForEveryInput() throws Exception {
    FileResult broken = broken(BASE.resolve("reports/北关区 工信局.txt").toString());
    FileResult clean = lint("clean.txt", sampleReport());
    Document doc = checkstyle(Lang.ZH, List.of(broken, clean, unreadable("gone.txt")));

    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("checkstyle");
    assertThat(attributes(root)).containsExactly("version");
    assertThat(root.getAttribute("version")).isEqualTo("9.9.9-test");
    List<Element> files = children(root, "file");
    assertThat(files).extracting(f -> f.getAttribute("name")).containsExactly("reports/北关区 工信局.txt", "clean.txt", "gone.txt");
    assertThat(files).allSatisfy(f -> assertThat(attributes(f)).containsExactly("name"));

    List<Element> errors = children(files.get(0), "error");
    assertThat(errors).hasSize(broken.activeFindings().size()).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < errors.size(); i++) {
      Element e = errors.get(i);
      Finding f = broken.activeFindings().get(i);
      assertThat(attributes(e)).containsExactly("column", "line", "message", "severity", "source");
      assertThat(e.getAttribute("line")).isEqualTo(String.valueOf(f.span().line()));
      assertThat(e.getAttribute("column")).isEqualTo(String.valueOf(f.span().column()));
      assertThat(e.getAttribute("message")).isEqualTo(f.message().zh());
      assertThat(e.getAttribute("source")).isEqualTo("gaokai-lint." + f.ruleId());
    }
    assertThat(errors).extracting(e -> e.getAttribute("severity") + " " + e.getAttribute("source"))
        .contains("error gaokai-lint.three-row-total", "warning gaokai-lint.placeholder");
    assertThat(children(files.get(1), "error")).as("a clean report is listed, without errors").isEmpty();
    List<Element> unreadable = children(files.get(2), "error");
    assertThat(unreadable).singleElement().satisfies(e -> {
      assertThat(e.getAttribute("source")).isEqualTo("gaokai-lint.input-unreadable");
      assertThat(e.getAttribute("severity")).isEqualTo("error");
      assertThat(e.getAttribute("line")).isEqualTo("1");
      assertThat(e.getAttribute("message")).startsWith("无法读取报告：");
    });
  }

  @Test
  void severitiesAreCheckstyles() {
    assertThat(CheckstyleFormatter.severity(Severity.ERROR)).isEqualTo("error");
    assertThat(CheckstyleFormatter.severity(Severity.WARNING)).isEqualTo("warning");
    assertThat(CheckstyleFormatter.severity(Severity.INFO)).isEqualTo("info");
  }

  @Test
  void messagesAreInTheLanguageOfTheRun() throws Exception {
    FileResult broken = broken("a.txt");
    Element error = (Element) checkstyle(Lang.EN, List.of(broken)).getElementsByTagName("error").item(0);

    assertThat(error.getAttribute("message")).isEqualTo(broken.activeFindings().get(0).message().en()).isNotEqualTo(broken.activeFindings().get(0).message().zh());
  }

  @Test
  void suppressedFindingsAreLeftOut() throws Exception {
    String text = sampleReport();
    int line = lineStartingWith(text, "2023年，本局");
    text = withLine(text, line, "<!-- gaokai-lint-disable placeholder: 示例 -->\n2023年，XX局依法做好政府信息公开工作。");
    FileResult result = lint("a.txt", text);
    assertThat(result.suppressedCount()).isEqualTo(1);

    assertThat(checkstyle(Lang.ZH, List.of(result)).getElementsByTagName("error").getLength()).isEqualTo(result.activeFindings().size());
  }

  @Test
  void whatXmlCannotHoldIsReplacedAndMarkupIsEscaped() throws Exception {
    FileResult result = lint("bad\u0001<&\"name>.txt", withLine(sampleReport(), 5, "2023年，XX局 \u0007 <script>alert(1)</script>"));
    Document doc = checkstyle(Lang.ZH, List.of(result));

    Element file = (Element) doc.getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name")).isEqualTo("bad\uFFFD<&\"name>.txt");
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(result.activeFindings().size());
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
  }
}
