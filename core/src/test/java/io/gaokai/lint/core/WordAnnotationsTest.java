package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where {@code --annotate DIR} puts the copy of a report. */
class WordAnnotationsTest {

  private static final Path DIR = Path.of("/out/annotated");

  private static Path copy(String name) {
    return WordAnnotations.target(DIR, new InputCollector.Input(Path.of(name), name));
  }

  @Test
  void aRelativeNameIsKeptUnderTheDirectory() {
    assertThat(copy("reports/2024/draft.docx")).isEqualTo(DIR.resolve("reports/2024/draft.docx"));
    assertThat(copy("./draft.docx")).isEqualTo(DIR.resolve("draft.docx"));
  }

  @Test
  void aDocsCopyAndAWordFileUnderAnotherNameAreDocx() {
    assertThat(copy("reports/draft.doc")).isEqualTo(DIR.resolve("reports/draft.docx"));
    assertThat(copy("reports/draft.DOC")).isEqualTo(DIR.resolve("reports/draft.docx"));
    assertThat(copy("saved-as.txt")).isEqualTo(DIR.resolve("saved-as.docx"));
    assertThat(copy("draft")).isEqualTo(DIR.resolve("draft.docx"));
  }

  @Test
  void aNameThatClimbsOutOrIsAbsoluteElsewhereKeepsItsFileNameOnly() {
    assertThat(copy("../drafts/draft.docx")).isEqualTo(DIR.resolve("draft.docx"));
    assertThat(copy("reports/../../draft.docx")).isEqualTo(DIR.resolve("draft.docx"));
    Path elsewhere = Path.of("").toAbsolutePath().getRoot().resolve("elsewhere-" + System.nanoTime() + "/draft.docx");
    assertThat(copy(elsewhere.toString())).isEqualTo(DIR.resolve("draft.docx"));
  }

  @Test
  void anAbsoluteNameUnderTheCurrentDirectoryCountsFromThere() {
    Path here = Path.of("").toAbsolutePath();
    assertThat(copy(here.resolve("reports/2024/draft.docx").toString())).isEqualTo(DIR.resolve("reports/2024/draft.docx"));
  }
}
