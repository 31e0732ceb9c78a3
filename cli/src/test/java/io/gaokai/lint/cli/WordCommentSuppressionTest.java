package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Suppression;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word comment reading {@code gaokai-lint-disable RULE: reason} suppresses the rule for its part. */
class WordCommentSuppressionTest {

  @TempDir Path tmp;

  @Test
  void aWordCommentInPartSixSuppressesTheMissingFeeStatement() throws Exception {
    Path source = Examples.root().resolve("docx/000_3743be2e1fd75c63.docx");
    Path commented = tmp.resolve("000-commented.docx");
    try (InputStream in = Files.newInputStream(source); XWPFDocument doc = new XWPFDocument(in)) {
      XWPFParagraph heading = doc.getParagraphs().stream()
          .filter(p -> p.getText().contains("其他需要报告的事项"))
          .findFirst()
          .orElseThrow();
      XWPFComments comments = doc.createComments();
      XWPFComment comment = comments.createComment(BigInteger.ONE);
      comment.setAuthor("reviewer");
      comment.createParagraph().createRun().setText("gaokai-lint-disable fee-statement-missing: 全年未收到依申请公开");
      heading.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
      heading.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
      heading.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
      try (OutputStream out = Files.newOutputStream(commented)) {
        doc.write(out);
      }
    }
    FileResult plain = Examples.linter().lint(source, "000.docx");
    FileResult result = Examples.linter().lint(commented, "000-commented.docx");
    assertThat(plain.activeFindings()).extracting(Finding::ruleId).contains("fee-statement-missing");
    assertThat(result.activeFindings()).extracting(Finding::ruleId).doesNotContain("fee-statement-missing");
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("fee-statement-missing"))
        .singleElement()
        .satisfies(f -> assertThat(f.suppression()).isEqualTo(new Suppression(Suppression.Kind.IN_SOURCE, "全年未收到依申请公开")));
  }
}
