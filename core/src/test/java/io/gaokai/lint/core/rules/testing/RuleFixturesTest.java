package io.gaokai.lint.core.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFixturesTest {

  @TempDir Path dir;

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void aDirectoryHoldsOneSubdirectoryPerRule() throws IOException {
    write(dir.resolve("b-rule/quiet.txt"), "b\n");
    write(dir.resolve("b-rule/fires.md"), "<!-- expect: b-rule -->\nb\n");
    write(dir.resolve("a-rule/fires.MD"), "a\n");
    write(dir.resolve("a-rule/notes.yaml"), "not a fixture\n");
    write(dir.resolve("a-rule/.hidden.md"), "hidden\n");
    write(dir.resolve(".git/x/y.md"), "hidden\n");
    write(dir.resolve("README.md"), "top level\n");

    var fixtures = RuleFixtures.fromDirectory(dir);

    String prefix = dir.toString().replace('\\', '/') + "/";
    assertThat(fixtures).extracting(RuleFixture::name)
        .containsExactly(prefix + "a-rule/fires.MD", prefix + "b-rule/fires.md", prefix + "b-rule/quiet.txt");
    assertThat(fixtures).extracting(RuleFixture::ruleId).containsExactly("a-rule", "b-rule", "b-rule");
    assertThat(fixtures.get(1).fires("b-rule")).isTrue();
  }

  @Test
  void aFixtureMustBeUtf8() throws IOException {
    Files.createDirectories(dir.resolve("r"));
    Files.write(dir.resolve("r/gbk.txt"), "年度报告".getBytes(java.nio.charset.Charset.forName("GBK")));

    assertThatThrownBy(() -> RuleFixtures.fromDirectory(dir)).isInstanceOf(IOException.class).hasMessageContaining("UTF-8");
  }

  @Test
  void builtInFixturesAreReadNextToTheRuleSetInADirectory() throws IOException {
    write(dir.resolve("io/gaokai/lint/rules/demo.yaml"), "ruleset: demo\n");
    write(dir.resolve("io/gaokai/lint/rules/fixtures/demo/some-rule/fires.md"), "x\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(RuleFixtures.builtIn("demo", loader)).extracting(RuleFixture::name).containsExactly("demo/some-rule/fires.md");
    }
  }

  @Test
  void builtInFixturesAreReadNextToTheRuleSetInAJar() throws IOException {
    Path jar = dir.resolve("rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "io/gaokai/lint/rules/demo.yaml", "ruleset: demo\n");
      entry(out, "io/gaokai/lint/rules/fixtures/demo/some-rule/quiet.txt", "安静\n");
      entry(out, "io/gaokai/lint/rules/fixtures/demo/some-rule/fires.md", "<!-- expect: some-rule -->\n响\n");
    }

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      var fixtures = RuleFixtures.builtIn("demo", loader);

      assertThat(fixtures).extracting(RuleFixture::name).containsExactly("demo/some-rule/fires.md", "demo/some-rule/quiet.txt");
      assertThat(fixtures.get(1).text()).isEqualTo("安静\n");
    }
  }

  @Test
  void aRuleSetWithoutFixturesHasNone() throws IOException {
    write(dir.resolve("io/gaokai/lint/rules/bare.yaml"), "ruleset: bare\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertThat(RuleFixtures.builtIn("bare", loader)).isEmpty();
      assertThatThrownBy(() -> RuleFixtures.builtIn("absent", loader)).isInstanceOf(IOException.class);
    }
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream o = out;
    o.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
