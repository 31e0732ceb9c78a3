package io.gaokai.lint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.output.RuleCatalog;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The Checkstyle XML, GitHub workflow commands and GitLab Code Quality JSON of every bundled
 * example report and two unreadable inputs, read back as the CI tools read them.
 */
class CiFormatsExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Checkstyle's report: these elements, with these attributes (checkstyle's XMLLogger writes them). */
  private static final Map<String, Set<String>> CHECKSTYLE = Map.of(
      "checkstyle", Set.of("version"),
      "file", Set.of("name"),
      "error", Set.of("line", "column", "severity", "message", "source"));

  private static final Pattern GITHUB =
      Pattern.compile("^::(error|warning|notice) file=[^,:]*,line=\\d+,col=\\d+(,endLine=\\d+,endColumn=\\d+)?,title=([^,:]*)::(.*)$");

  private static final Set<String> CODE_QUALITY_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

  private static List<FileResult> results;
  private static Set<String> ruleIds;

  @BeforeAll
  static void lintTheExamples() {
    List<FileResult> all = new ArrayList<>(ExampleReports.lintAll());
    Linter linter = ExampleReports.linter();
    all.add(linter.lint("empty.txt", new byte[0]));
    all.add(linter.lint(Path.of("no/such/report.txt"), "no/such/report.txt"));
    results = all;
    ruleIds = new RuleCatalog(ExampleReports.national()).rules().stream().map(Rule::id).collect(Collectors.toSet());
  }

  private static String render(String format, Lang lang) {
    return ExampleReports.render(format, ExampleReports.context(lang, Severity.ERROR, null), results);
  }

  private static List<Finding> active() {
    return results.stream().flatMap(r -> r.activeFindings().stream()).toList();
  }

  @Test
  void checkstyleXmlHasCheckstylesElementsAndAttributesAndEveryFindingInBothLanguages() throws Exception {
    for (Lang lang : Lang.values()) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(render("checkstyle", lang).getBytes(StandardCharsets.UTF_8)));
      Element root = doc.getDocumentElement();
      assertThat(root.getTagName()).isEqualTo("checkstyle");
      assertThat(root.getAttribute("version")).isEqualTo("0.0.0-test");
      checkNames(root);

      List<Element> files = elements(root);
      assertThat(files).extracting(f -> f.getAttribute("name")).containsExactlyElementsOf(results.stream().map(FileResult::file).toList());
      List<Finding> expected = active();
      List<Element> errors = files.stream().flatMap(f -> elements(f).stream()).toList();
      assertThat(errors).hasSize(expected.size()).isNotEmpty();
      for (int i = 0; i < errors.size(); i++) {
        Element e = errors.get(i);
        Finding f = expected.get(i);
        assertThat(e.getAttribute("source")).isEqualTo("gaokai-lint." + f.ruleId());
        assertThat(ruleIds).contains(e.getAttribute("source").substring("gaokai-lint.".length()));
        assertThat(e.getAttribute("severity")).isIn("error", "warning", "info").isEqualTo(f.severity().id());
        assertThat(Integer.parseInt(e.getAttribute("line"))).isEqualTo(f.span().line()).isPositive();
        assertThat(Integer.parseInt(e.getAttribute("column"))).isEqualTo(f.span().column()).isPositive();
        assertThat(e.getAttribute("message")).startsWith(f.message().get(lang));
      }
      assertThat(errors).filteredOn(e -> e.getAttribute("source").equals("gaokai-lint." + Linter.INPUT_RULE_ID)).hasSize(2);
    }
  }

  /** Every element and attribute is one Checkstyle's report has. */
  private static void checkNames(Element e) {
    assertThat(CHECKSTYLE).containsKey(e.getTagName());
    Set<String> attributes = new TreeSet<>();
    NamedNodeMap map = e.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      attributes.add(map.item(i).getNodeName());
    }
    assertThat(attributes).as("<%s>", e.getTagName()).containsExactlyInAnyOrderElementsOf(CHECKSTYLE.get(e.getTagName()));
    elements(e).forEach(CiFormatsExamplesTest::checkNames);
  }

  private static List<Element> elements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        out.add(child);
      } else {
        assertThat(n.getTextContent()).as("only whitespace between elements").isBlank();
      }
    }
    return out;
  }

  @Test
  void githubCommandsOnePerFindingInTheDocumentedFormInBothLanguages() {
    for (Lang lang : Lang.values()) {
      List<String> lines = render("github", lang).lines().toList();
      List<Finding> expected = active();
      assertThat(lines).hasSize(expected.size());
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = GITHUB.matcher(lines.get(i));
        assertThat(m.matches()).as(lines.get(i)).isTrue();
        Finding f = expected.get(i);
        assertThat(m.group(1)).isEqualTo(switch (f.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        });
        assertThat(m.group(3)).isEqualTo(f.ruleId());
        assertThat(m.group(4)).startsWith(f.message().get(lang).replace("%", "%25"));
        if (!f.span().locator().isEmpty()) {
          assertThat(m.group(4)).contains(lang.english() ? "%0Ain the original: " : "%0A原文位置：");
        }
      }
      assertThat(expected).as("the examples include Word and PDF findings").anyMatch(f -> !f.span().locator().isEmpty());
    }
  }

  @Test
  void gitlabIssuesHaveTheCodeQualityFieldsAndUniqueFingerprintsInBothLanguages() throws Exception {
    for (Lang lang : Lang.values()) {
      JsonNode issues = JSON.readTree(render("gitlab", lang));
      List<Finding> expected = active();
      assertThat(issues.isArray()).isTrue();
      assertThat(issues).hasSize(expected.size());
      Set<String> fingerprints = new HashSet<>();
      for (int i = 0; i < issues.size(); i++) {
        JsonNode issue = issues.get(i);
        Finding f = expected.get(i);
        assertThat(issue.path("description").isTextual()).isTrue();
        assertThat(issue.path("description").asText()).startsWith(f.message().get(lang)).isNotBlank();
        assertThat(issue.path("check_name").asText()).isEqualTo(f.ruleId()).isIn(ruleIds);
        assertThat(issue.path("severity").asText()).isIn(CODE_QUALITY_SEVERITIES);
        assertThat(issue.path("location").path("path").asText()).isNotBlank().isEqualTo(f.file());
        assertThat(issue.path("location").path("lines").path("begin").isInt()).isTrue();
        assertThat(issue.path("location").path("lines").path("begin").asInt()).isEqualTo(f.span().line()).isPositive();
        assertThat(fingerprints.add(issue.path("fingerprint").asText())).as("fingerprint of %s is unique", issue).isTrue();
      }
      Set<String> severities = new HashSet<>();
      issues.forEach(i -> severities.add(i.path("severity").asText()));
      assertThat(severities).as("errors and warnings among the examples").contains("major", "minor");
    }
  }
}
