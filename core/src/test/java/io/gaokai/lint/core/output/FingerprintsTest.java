package io.gaokai.lint.core.output;

import static io.gaokai.lint.core.output.OutputFixtures.lineStartingWith;
import static io.gaokai.lint.core.output.OutputFixtures.lint;
import static io.gaokai.lint.core.output.OutputFixtures.sampleReport;
import static io.gaokai.lint.core.output.OutputFixtures.withLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  /** The sample with the row total of (一)予以公开 broken and a placeholder in part 一. */
  private static String broken() {
    String text = sampleReport();
    int granted = lineStartingWith(text, "三、本年度办理结果");
    text = withLine(text, granted, "三、本年度办理结果\t（一）予以公开\t1\t1\t0\t0\t0\t0\t5");
    int overview = lineStartingWith(text, "2023年，本局");
    return withLine(text, overview, "2023年，XX局依法做好政府信息公开工作，XX局还做了别的。");
  }

  @Test
  void fingerprintsDoNotChangeWhenLinesAreInsertedAbove() {
    FileResult before = lint("r.txt", broken());
    FileResult after = lint("r.txt", "\n\n" + broken().replace("一、总体情况\n", "一、总体情况\n\n"));

    assertThat(before.findings()).hasSize(3);
    assertThat(after.findings()).extracting(f -> f.span().line())
        .isNotEqualTo(before.findings().stream().map(f -> f.span().line()).toList());
    assertThat(Fingerprints.of(after, "r.txt")).isEqualTo(Fingerprints.of(before, "r.txt"));
  }

  @Test
  void twoFindingsOfOneRuleOnOneLineDifferByOccurrence() {
    List<String> prints = Fingerprints.of(lint("r.txt", broken()), "r.txt");

    assertThat(prints).doesNotHaveDuplicates();
    assertThat(prints).filteredOn(p -> p.endsWith(":2")).hasSize(1);
  }

  @Test
  void theFileAndTheLineTextCountButNotOtherLines() {
    String text = broken();
    FileResult result = lint("r.txt", text);
    int overview = lineStartingWith(text, "2023年，XX局");
    FileResult edited = lint("r.txt", withLine(text, overview, "2023年，XX局依法做好政府信息公开工作，XX局还做了另外的事。"));

    assertThat(Fingerprints.of(result, "other.txt")).doesNotContainAnyElementsOf(Fingerprints.of(result, "r.txt"));
    assertThat(byRule(edited, "three-row-total")).isEqualTo(byRule(result, "three-row-total"));
    assertThat(byRule(edited, "placeholder")).hasSize(2).doesNotContainAnyElementsOf(byRule(result, "placeholder"));
  }

  private static List<String> byRule(FileResult result, String ruleId) {
    List<String> prints = Fingerprints.of(result, "r.txt");
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < prints.size(); i++) {
      if (result.findings().get(i).ruleId().equals(ruleId)) {
        out.add(prints.get(i));
      }
    }
    return out;
  }

  @Test
  void whitespaceInsideTheLineDoesNotCount() {
    String text = broken();
    int overview = lineStartingWith(text, "2023年，XX局");
    FileResult spaced = lint("r.txt", withLine(text, overview, "  2023年， XX局依法做好政府信息公开工作，XX局还做了别的。\u3000"));

    assertThat(Fingerprints.of(spaced, "r.txt")).isEqualTo(Fingerprints.of(lint("r.txt", text), "r.txt"));
  }

  @Test
  void anUnreadableInputHasAFingerprintToo() {
    assertThat(Fingerprints.of(OutputFixtures.unreadable("gone.txt"), "gone.txt")).singleElement().asString().endsWith(":1");
  }
}
