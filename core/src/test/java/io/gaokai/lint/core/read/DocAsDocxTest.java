package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.bytes;
import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** The docx copy of a doc, which the annotator comments on: the same lines, locators and tables. */
class DocAsDocxTest {

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS")
  void theCopyReadsAsTheSameLinesAtTheSameLocators(String seed) throws InputException {
    byte[] doc = bytes(example("doc", seed));
    SourceDocument original = new DocReader().read("x.doc", doc);
    SourceDocument copy = new DocxReader().read("x.docx", DocAsDocx.convert(doc));

    assertThat(copy.lines()).isEqualTo(original.lines());
    assertThat(copy.locators()).isEqualTo(original.locators());
  }

  @Test
  void theCopyKeepsAlignmentIndentsBoldSizesLineBreaksTabsSpansAndMerges() throws Exception {
    byte[] doc = ReaderFixtures.resource("doc/formatting.doc");
    byte[] copy = DocAsDocx.convert(doc);
    assertThat(new DocxReader().read("x.docx", copy).lines())
        .isEqualTo(new DocReader().read("x.doc", doc).lines())
        .containsExactly("示例局2024年政府信息公开工作年度报告", "本年度主动公开政府信息120条。", "第二行\t制表符后",
            "信息内容\t\t总计", "规章\t0\t", "六、其他需要报告的事项");
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(copy))) {
      XWPFParagraph title = DocxReader.paragraph(docx, 1);
      assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(title.getRuns()).allSatisfy(r -> {
        assertThat(r.isBold()).isTrue();
        assertThat(r.getFontSizeAsDouble()).isEqualTo(22.0);
      });
      XWPFParagraph body = DocxReader.paragraph(docx, 2);
      assertThat(body.getIndentationFirstLine()).isPositive();
      assertThat(body.getRuns()).extracting(r -> r.text() + (r.isBold() ? "*" : ""))
          .containsExactly("本年度", "主动公开*", "政府信息120条。\n第二行\t制表符后");
      var rows = DocxReader.table(docx, 1).getRows();
      assertThat(rows.get(0).getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.TWO);
      assertThat(rows.get(0).getCell(1).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
      assertThat(rows.get(1).getCell(2).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
      assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW()).isNotNull();
    }
  }

  @Test
  void aDocThatCannotBeReadIsRefusedAsTheReaderRefusesIt() {
    assertThatThrownBy(() -> DocAsDocx.convert(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3}))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("doc");
  }
}
