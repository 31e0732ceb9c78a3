package io.gaokai.lint.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GitHub's heading anchors, on headings of the kinds the documentation has. */
class MarkdownAnchorsTest {

  @Test
  void slugsAreLowerCaseWithPunctuationDroppedAndSpacesAsHyphens() {
    assertThat(MarkdownAnchors.slug("three-balance")).isEqualTo("three-balance");
    assertThat(MarkdownAnchors.slug("Rule reference")).isEqualTo("rule-reference");
    assertThat(MarkdownAnchors.slug("when: which reports a rule applies to")).isEqualTo("when-which-reports-a-rule-applies-to");
    assertThat(MarkdownAnchors.slug("Using your rules: .gaokai-lint.yaml")).isEqualTo("using-your-rules-gaokai-lintyaml");
    assertThat(MarkdownAnchors.slug("The rules commands")).isEqualTo("the-rules-commands");
    assertThat(MarkdownAnchors.slug("snake_case & more")).isEqualTo("snake_case--more");
    // letters of any script stay; Chinese punctuation goes
    assertThat(MarkdownAnchors.slug("一、总体情况")).isEqualTo("一总体情况");
    assertThat(MarkdownAnchors.slug("Über (SARIF 2.1.0)")).isEqualTo("über-sarif-210");
  }

  @Test
  void headingsOutsideCodeBlocksWithCodeMarksRemovedAndRepeatsNumbered() {
    String md = """
        # Title
        Some text with # not a heading
        ## `three-balance`
        ```yaml
        # a comment, not a heading
        ```
        ~~~~
        ## inside a tilde fence
        ~~~~
            ## indented: code
        ### Usage
        ### Usage ###
        #### Usage
        #NoSpace
        """;
    assertThat(MarkdownAnchors.headings(md))
        .containsExactly(
            java.util.Map.entry("title", "Title"),
            java.util.Map.entry("three-balance", "three-balance"),
            java.util.Map.entry("usage", "Usage"),
            java.util.Map.entry("usage-1", "Usage"),
            java.util.Map.entry("usage-2", "Usage"));
  }

  @Test
  void aHeadingWhoseSlugLooksNumberedIsNumberedOnwardsAsGithubDoes() {
    // github-slugger: the second "a" would be "a-1", which a heading took already, so it is "a-2"
    assertThat(MarkdownAnchors.headings("# a\n# a-1\n# a\n").keySet()).containsExactly("a", "a-1", "a-2");
  }
}
