package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time binary form of a YAML tree reads back as the same tree, and only for the text it came from. */
class YamlTreeCodecTest {

  private static final String YAML = String.join("\n",
      "ruleset: demo",
      "rules:",
      "  - id: cites-order-492",
      "    type: pattern",
      "    pattern: \"国务院令第\\\\s*492\\\\s*号\"",
      "    severity: error",
      "    name: {zh: 引用旧条例, en: Old regulation}",
      "    options: ~",
      "    tags: [a, 'b c', \"\"]",
      "    count: 12",
      "");

  @Test
  void aTreeReadsBackEqualWithItsMarks() throws RuleDefinitionException {
    YamlNode parsed = YamlTrees.parse("builtin:demo", YAML);
    byte[] bytes = YamlTreeCodec.encode(parsed, YAML);
    assertThat(YamlTreeCodec.decode(bytes, "builtin:demo", YAML)).contains(parsed);
    YamlNode.Mapping rule = (YamlNode.Mapping) ((YamlNode.Sequence) ((YamlNode.Mapping) parsed).get("rules")).items().get(0);
    assertThat(rule.keyMarks().get("pattern")).isEqualTo(new Mark("builtin:demo", 5, 5));
    assertThat(((YamlNode.Scalar) rule.get("options")).value()).isNull();
  }

  @Test
  void aTreeMadeFromOtherTextIsNotUsed() throws RuleDefinitionException {
    byte[] bytes = YamlTreeCodec.encode(YamlTrees.parse("f", YAML), YAML);
    assertThat(YamlTreeCodec.decode(bytes, "f", YAML.replace("492", "493"))).isEmpty();
    assertThat(YamlTreeCodec.decode(bytes, "f", YAML + "#")).isEmpty();
  }

  @Test
  void damagedBytesAreRefusedWithoutThrowing() throws RuleDefinitionException {
    byte[] bytes = YamlTreeCodec.encode(YamlTrees.parse("f", YAML), YAML);
    for (int cut = 0; cut < bytes.length; cut += 7) {
      assertThat(YamlTreeCodec.decode(Arrays.copyOf(bytes, cut), "f", YAML)).isEmpty();
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThat(YamlTreeCodec.decode(longer, "f", YAML)).isEmpty();
    byte[] hugeCount = bytes.clone();
    int firstCount = 4 + 4 + 4 + 8 + 1 + 8; // header, then the root mapping's type and mark
    hugeCount[firstCount] = 0x7f;
    assertThat(YamlTreeCodec.decode(hugeCount, "f", YAML)).isEmpty();
  }

  @Test
  void theBuildStepWritesATreeBesideEachYamlFile(@TempDir Path dir) throws Exception {
    Path yaml = Files.writeString(dir.resolve("demo.yaml"), YAML);
    Files.writeString(dir.resolve("notes.txt"), "not a rule set");
    YamlTreeCodec.main(new String[] {dir.toString()});
    assertThat(YamlTreeCodec.decode(Files.readAllBytes(dir.resolve("demo.yaml.tree")), "x", YAML))
        .contains(YamlTrees.parse("x", Files.readString(yaml)));
    assertThat(dir.resolve("notes.txt.tree")).doesNotExist();
  }
}
