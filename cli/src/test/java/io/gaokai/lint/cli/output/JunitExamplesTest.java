package io.gaokai.lint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The JUnit XML of the example reports: well-formed, valid for Jenkins, and counts that match the findings. */
class JunitExamplesTest {

  private static Validator jenkinsSchema() throws SAXException {
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(JunitExamplesTest.class.getResource("jenkins-junit.xsd"))
        .newValidator();
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String name) {
    NodeList list = parent.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  void theSchemaRejectsWhatJenkinsWouldNotRead() throws Exception {
    assertThatThrownBy(() -> jenkinsSchema().validate(new StreamSource(new StringReader("<testsuites><testsuite tests=\"1\"/></testsuites>"))))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("name");
  }

  @Test
  void everyExampleGivesValidXmlWhoseCountsMatchTheFindings(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    List<InputCollector.Input> inputs = new ArrayList<>(ExampleReports.inputs());
    inputs.add(new InputCollector.Input(empty, empty.toString()));
    List<FileResult> results = new ArrayList<>(ExampleReports.lintAll());
    results.add(ExampleReports.linter().lint(empty, empty.toString()));
    RuleSet rules = ExampleReports.national();

    for (Severity failOn : new Severity[] {Severity.ERROR, Severity.WARNING, null}) {
      String xml = ExampleReports.run("junit", ExampleReports.context(Lang.ZH, failOn, null), inputs);
      jenkinsSchema().validate(new StreamSource(new StringReader(xml)));
      Element root = parse(xml).getDocumentElement();
      List<Element> suites = children(root, "testsuite");
      assertThat(suites).hasSize(results.size());
      long tests = 0;
      long failures = 0;
      long errors = 0;
      for (int i = 0; i < suites.size(); i++) {
        Element suite = suites.get(i);
        FileResult result = results.get(i);
        assertThat(suite.getAttribute("name")).isEqualTo(result.file());
        List<Element> cases = children(suite, "testcase");
        Set<String> expectedCases = checkedRules(rules, result);
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactlyElementsOf(expectedCases);
        Set<String> failingRules = result.unreadable()
            ? Set.of()
            : result.findings().stream().filter(f -> failOn != null && f.severity().atLeast(failOn)).map(Finding::ruleId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> failed = cases.stream().filter(c -> !children(c, "failure").isEmpty()).map(c -> c.getAttribute("name")).toList();
        assertThat(failed).as(result.file() + " at " + failOn).containsExactlyInAnyOrderElementsOf(failingRules);
        for (Element c : cases) {
          assertThat(children(c, "failure").size()).isLessThanOrEqualTo(1);
          long findingsOfRule = result.findings().stream().filter(f -> f.ruleId().equals(c.getAttribute("name"))).count();
          String listed = children(c, "failure").stream().map(Element::getTextContent).collect(Collectors.joining())
              + children(c, "error").stream().map(Element::getTextContent).collect(Collectors.joining())
              + children(c, "system-out").stream().map(Element::getTextContent).collect(Collectors.joining());
          assertThat(listed.lines().filter(l -> l.startsWith(result.file() + ":")).count())
              .as("every finding of %s is listed once", c.getAttribute("name")).isEqualTo(findingsOfRule);
        }
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases.size()));
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failed.size()));
        assertThat(suite.getAttribute("errors")).isEqualTo(result.unreadable() ? "1" : "0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        tests += cases.size();
        failures += failed.size();
        errors += children(suite, "error").size();
      }
      assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(tests));
      assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failures));
      assertThat(root.getAttribute("errors")).isEqualTo(String.valueOf(errors)).isEqualTo("1");
    }
  }

  /** The rules that apply to the report, in rule-set order; the pseudo-rule for an unreadable input. */
  private static Set<String> checkedRules(RuleSet rules, FileResult result) {
    Set<String> ids = new LinkedHashSet<>();
    if (result.unreadable()) {
      ids.add(Linter.INPUT_RULE_ID);
      return ids;
    }
    for (Rule r : rules.rules()) {
      if (r.when().appliesTo(result.report())) {
        ids.add(r.id());
      }
    }
    return ids;
  }
}
