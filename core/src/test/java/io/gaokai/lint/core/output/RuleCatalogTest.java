package io.gaokai.lint.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * The pseudo-rule of unreadable inputs: its description and help go into SARIF and JUnit, so they
 * must say what really makes an input unreadable and what to do, in both languages.
 */
class RuleCatalogTest {

  private static final Rule INPUT = RuleCatalog.INPUT_RULE;

  @Test
  void thePseudoRuleComesLastAndOnlyOnce() {
    RuleCatalog catalog = new RuleCatalog(null);

    assertThat(catalog.rules()).containsExactly(INPUT);
    assertThat(catalog.rule(Linter.INPUT_RULE_ID)).contains(INPUT);
    assertThat(INPUT.description()).isEqualTo(Linter.INPUT_RULE_DESCRIPTION);
  }

  @Test
  void theDescriptionNamesEveryCauseOfAnUnreadableInput() {
    assertThat(INPUT.description().zh())
        .contains("不存在", "是目录", "为空", "--max-file-size", "不是文本", "已损坏", "已加密", "不支持的类型", "OpenDocument");
    assertThat(INPUT.description().en())
        .contains("missing", "a directory", "empty", "--max-file-size", "binary", "damaged", "encrypted", "unsupported kind", "OpenDocument");
  }

  @Test
  void theHelpSaysWhatToDoForEachCause() {
    assertThat(INPUT.help().zh())
        .contains("读取权限", "是目录", "OCR", "--max-file-size", "重新下载", "GB18030", "未设打开密码", "另存为 docx 或 PDF");
    assertThat(INPUT.help().en())
        .contains("permission", "A directory", "OCR", "--max-file-size", "download or export it again", "GB18030",
            "without an opening password", "save it as docx or PDF");
  }

  @Test
  void theHelpNoLongerAsksForWordOrPdfToBeConvertedToText() {
    for (String ext : Readers.SUPPORTED_EXTENSIONS) {
      if (!ext.equals("markdown") && !ext.equals("htm")) {
        assertThat(INPUT.help().zh()).contains(ext);
        assertThat(INPUT.help().en()).contains(ext);
      }
    }
    assertThat(INPUT.help().zh()).contains("均可直接检查，无需先转换为文本").doesNotContain("请先转换为文本");
    assertThat(INPUT.help().en()).contains("are all read directly, with no need to convert them to text");
  }
}
