package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.NationalFormat;
import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.SourceDocument;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class OrganNameTest {

  private static String organOf(String path) throws Exception {
    String text = Files.readString(RepositoryFiles.example(path));
    return OrganName.of(NationalFormat.parser().parse(SourceDocument.ofText(path, "txt", text)));
  }

  @Test
  void theTitleNamesTheOrgan() throws Exception {
    assertThat(organOf("real/016_hongze-2023.txt")).isEqualTo("洪泽区人民政府");
    assertThat(organOf("real/017_hongze-2024.txt")).isEqualTo("淮安市洪泽区人民政府");
    assertThat(organOf("real/018_huaian-2024.txt")).isEqualTo("淮安市人民政府");
  }

  @Test
  void theSignatureNamesItWhenTheTitleDoesNot() {
    String text = "2023年政府信息公开工作年度报告\n\n一、总体情况\n\n正文。\n\n北关区工业和信息化局\n2024年1月20日\n";
    assertThat(OrganName.of(NationalFormat.parser().parse(SourceDocument.ofText("t.txt", "txt", text)))).isEqualTo("北关区工业和信息化局");
  }

  @Test
  void theSameOrganWithOrWithoutThePlaceItLiesIn() {
    assertThat(OrganName.same("洪泽区人民政府", "淮安市洪泽区人民政府")).isTrue();
    assertThat(OrganName.same("淮安市洪泽区人民政府", "淮安市洪泽区人民政府")).isTrue();
    assertThat(OrganName.same("淮安市人民政府", "淮安市洪泽区人民政府")).isFalse();
    assertThat(OrganName.same("区人民政府", "淮安市洪泽区人民政府")).isFalse();
    assertThat(OrganName.same("", "")).isFalse();
    assertThat(OrganName.same("工业和信息化局", "樟树市工业和信息化局")).as("every county has one").isFalse();
    assertThat(OrganName.same("工业和信息化局", "工业和信息化局")).isFalse();
  }
}
