package io.gaokai.lint.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.rules.Rule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the rule documentation is found, and which rules get a link to it. */
class RuleDocsTest {

  @TempDir Path tmp;

  private static final Rule INPUT = RuleCatalog.INPUT_RULE;

  /** A rule of a user's rule file: the documentation has no section for it. */
  private static final Rule USERS = OutputFixtures.rules().rules().get(0);

  /** The same rule as if it came from a built-in rule set. */
  private static final Rule BUILT_IN =
      new Rule(USERS.id(), USERS.type(), USERS.category(), USERS.severity(), USERS.name(), USERS.message(), USERS.description(),
          USERS.help(), USERS.when(), USERS.check(), new io.gaokai.lint.core.rules.Mark("builtin:national", 12, 5));

  private static final String PAGE = """
      # Writing and testing rules

      ## Rule reference

      ### `input-unreadable`

      ### `three-row-total`
      """;

  /** Writes a file; returns its real path (the temporary directory may lie behind a link). */
  private Path write(String relative, String text) throws Exception {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8).toRealPath();
  }

  @Test
  void aDistributionsDocsBesideLibAreLinkedAsAFileUri() throws Exception {
    Path docs = write("gaokai lint 1.0/docs/rules.md", PAGE);
    Path jar = write("gaokai lint 1.0/lib/gaokai-lint.jar", "");

    RuleDocs found = RuleDocs.installed(jar);

    assertThat(found.documentUri()).contains(docs.toUri().toASCIIString());
    assertThat(found.helpUri(INPUT)).contains(docs.toUri().toASCIIString() + "#input-unreadable");
    assertThat(found.helpUri(BUILT_IN)).contains(docs.toUri().toASCIIString() + "#three-row-total");
    assertThat(found.helpUri(USERS)).as("a rule of the user's has no section, whatever its id").isEmpty();
    assertThat(URI.create(found.helpUri(INPUT).orElseThrow()).getFragment()).isEqualTo("input-unreadable");
  }

  @Test
  void aSourceCheckoutsDocsAreFoundFromTheBuiltJarOrClasses() throws Exception {
    Path docs = write("repo/docs/rules.md", PAGE);
    Path jar = write("repo/cli/target/gaokai-lint.jar", "");
    Path classes = Files.createDirectories(jar.resolveSibling("classes"));

    assertThat(RuleDocs.installed(jar).helpUri(INPUT))
        .contains(docs.toUri().toASCIIString() + "#input-unreadable");
    assertThat(RuleDocs.installed(classes).helpUri(INPUT))
        .contains(docs.toUri().toASCIIString() + "#input-unreadable");
  }

  @Test
  void aLinkToTheJarLeadsToTheDocumentationBesideTheJarItself() throws Exception {
    Path docs = write("opt/gaokai-lint/docs/rules.md", PAGE);
    Path jar = write("opt/gaokai-lint/lib/gaokai-lint.jar", "");
    Path link = Files.createDirectories(tmp.resolve("home/bin")).resolve("gaokai-lint.jar");
    try {
      Files.createSymbolicLink(link, jar);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }

    assertThat(RuleDocs.installed(link).helpUri(INPUT)).contains(docs.toUri().toASCIIString() + "#input-unreadable");
  }

  @Test
  void aRuleWithoutASectionGetsNoLink() throws Exception {
    write("dist/docs/rules.md", "## Rule reference\n\n### `input-unreadable`\n");
    RuleDocs found = RuleDocs.installed(write("dist/lib/gaokai-lint.jar", ""));

    assertThat(found.helpUri(INPUT)).isPresent();
    assertThat(found.helpUri(BUILT_IN)).isEmpty();
  }

  @Test
  void noDocumentationNoLinks() throws Exception {
    // a rules.md without the rule reference is somebody else's
    write("other/docs/rules.md", "# Rules of another tool\n\n### `input-unreadable`\n");
    assertThat(RuleDocs.installed(write("other/lib/gaokai-lint.jar", "")).helpUri(INPUT)).isEmpty();
    assertThat(RuleDocs.installed(write("bare/gaokai-lint.jar", "")).documentUri()).isEmpty();
    assertThat(RuleDocs.installed(null).helpUri(INPUT)).isEmpty();
    assertThat(RuleDocs.NONE.helpUri(INPUT)).isEmpty();
    assertThat(RuleDocs.NONE.documentUri()).isEmpty();
  }

  @Test
  void aPublishedPageLinksTheBuiltInRulesAndThePseudoRule() {
    RuleDocs docs = RuleDocs.at(RuleDocs.parse("file:///srv/文档/rules.md"));

    assertThat(docs.documentUri()).contains("file:///srv/%E6%96%87%E6%A1%A3/rules.md");
    assertThat(docs.helpUri(INPUT)).contains("file:///srv/%E6%96%87%E6%A1%A3/rules.md#input-unreadable");
    assertThat(docs.helpUri(BUILT_IN)).contains("file:///srv/%E6%96%87%E6%A1%A3/rules.md#three-row-total");
    assertThat(docs.helpUri(USERS)).isEmpty();
  }

  @Test
  void aDocsUrlMustBeAbsoluteWithAPathAndWithoutFragment() {
    assertThat(RuleDocs.parse("http://127.0.0.1:8080/docs/rules.md").toString()).isEqualTo("http://127.0.0.1:8080/docs/rules.md");
    assertThat(RuleDocs.parse(" file:///opt/docs/rules.md ").toString()).isEqualTo("file:///opt/docs/rules.md");
    for (String bad : new String[] {"docs/rules.md", "/opt/docs/rules.md", "file:///opt/docs/rules.md#top", "mailto:someone",
        "http://127.0.0.1:8080", "file:///opt/my docs/rules.md", ""}) {
      assertThatThrownBy(() -> RuleDocs.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(" / ");
    }
  }
}
