package io.gaokai.lint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annotateDirectory}: the plugin writes the annotated Word copies the command line's {@code --annotate} writes. */
class CheckMojoAnnotateTest {

  @TempDir Path project;

  private static Path example(String name) {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().getParent()
        .resolve("reports-examples").resolve(name);
  }

  private static void set(CheckMojo mojo, String parameter, Object value) throws ReflectiveOperationException {
    Field f = CheckMojo.class.getDeclaredField(parameter);
    f.setAccessible(true);
    f.set(mojo, value);
  }

  @Test
  void theWordReportsGetAnnotatedCopiesAndTheBuildFailsAsUsual() throws Exception {
    Path draft = project.resolve("src/reports/draft.docx");
    Files.createDirectories(draft.getParent());
    Files.copy(example("docx/000_3743be2e1fd75c63.docx"), draft);
    Files.copy(example("seeds/003_5a79b1ae846fe1fc.txt"), project.resolve("src/reports/other.txt"));
    byte[] before = Files.readAllBytes(draft);
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    CheckMojo mojo = CheckMojoTest.mojo(project, log);
    set(mojo, "annotateDirectory", new File("target/annotated"));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    Path copy = project.resolve("target/annotated/src/reports/draft.docx");
    assertThat(Files.readAllBytes(draft)).isEqualTo(before);
    assertThat(log.lines)
        .contains("[INFO] gaokai-lint: 批注副本 " + copy + "（10 条批注）")
        .contains("[WARNING] gaokai-lint: --annotate 只为 Word 文件（docx、doc）写批注副本，未批注：src/reports/other.txt")
        .anyMatch(l -> l.startsWith("[ERROR] src/reports/draft.docx 第17段: 错误 [fee-statement-missing] "));
    try (InputStream in = Files.newInputStream(copy); XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFComment> ours = Stream.of(doc.getComments()).filter(c -> c.getAuthor().equals("gaokai-lint")).toList();
      assertThat(ours).hasSize(10).anySatisfy(c -> assertThat(c.getText()).startsWith("错误 [fee-statement-missing] "));
    }
  }

  @Test
  void aDirectoryWhereACopyWouldReplaceAReportStopsTheBuild() throws Exception {
    Path draft = project.resolve("src/reports/draft.docx");
    Files.createDirectories(draft.getParent());
    Files.copy(example("docx/000_3743be2e1fd75c63.docx"), draft);
    CheckMojo mojo = CheckMojoTest.mojo(project, new CheckMojoTest.RecordingLog());
    set(mojo, "annotateDirectory", new File("."));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("the annotated copy would overwrite a report to check");
  }
}
