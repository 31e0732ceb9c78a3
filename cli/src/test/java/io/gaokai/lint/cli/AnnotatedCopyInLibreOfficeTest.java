package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated copies as another word processor reads them: LibreOffice (headless, when {@code
 * soffice} is installed; skipped otherwise) opens them and saves them as OpenDocument, which must
 * hold every comment, gaokai-lint's and the author's, with its text. About five seconds.
 */
class AnnotatedCopyInLibreOfficeTest {

  @TempDir Path tmp;

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** The comments of an OpenDocument text: author, then text, one string each. */
  private static List<String> annotations(Path odt) throws IOException {
    String content = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(odt)))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("content.xml")) {
          content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(content).as("content.xml of %s", odt).isNotNull();
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<office:annotation[ >].*?<dc:creator>([^<]*)</dc:creator>(.*?)</office:annotation>", Pattern.DOTALL)
        .matcher(content);
    while (m.find()) {
      out.add(m.group(1) + ": " + m.group(2).replaceAll("<dc:date>[^<]*</dc:date>", "").replaceAll("<[^>]+>", ""));
    }
    return out;
  }

  @Test
  void libreOfficeReadsEveryComment() throws Exception {
    assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
    Path draft = Examples.root().resolve("docx/000_3743be2e1fd75c63.docx");
    Path commented = Examples.root().resolveSibling("core/src/test/resources/docx/comment-anchors.docx");
    Path doc = Examples.root().resolve("doc/002_070df74db560079b.doc");
    Path out = tmp.resolve("annotated");
    CliRunner.run("--annotate", out.toString(), draft.toString(), commented.toString(), doc.toString());
    List<String> copies = List.of("000_3743be2e1fd75c63", "comment-anchors", "002_070df74db560079b");

    List<String> command = new ArrayList<>(List.of(
        "soffice", "-env:UserInstallation=" + tmp.resolve("profile").toUri(), "--headless", "--convert-to", "odt",
        "--outdir", tmp.resolve("odt").toString()));
    copies.forEach(c -> command.add(out.resolve(c + ".docx").toString()));
    Process office = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
    assertThat(office.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    assertThat(office.exitValue()).as(Files.readString(tmp.resolve("soffice.log"))).isZero();

    List<String> first = annotations(tmp.resolve("odt/000_3743be2e1fd75c63.odt"));
    assertThat(first).hasSize(10).allSatisfy(a -> assertThat(a).startsWith("gaokai-lint: "))
        .anySatisfy(a -> assertThat(a).contains("错误 [fee-statement-missing] 第六部分没有说明信息处理费的收取情况").contains("修正："));
    List<String> second = annotations(tmp.resolve("odt/comment-anchors.odt"));
    assertThat(second).filteredOn(a -> a.startsWith("审核人: "))
        .containsExactlyInAnyOrder("审核人: 请补充平台建设情况", "审核人: gaokai-lint-disable table-cell-blank: 本年无行政许可事项",
            "审核人: gaokai-lint-disable fee-statement-missing: 收费说明见附件");
    assertThat(second).filteredOn(a -> a.startsWith("gaokai-lint: ")).isNotEmpty();
    assertThat(annotations(tmp.resolve("odt/002_070df74db560079b.odt"))).hasSize(3)
        .allSatisfy(a -> assertThat(a).startsWith("gaokai-lint: "));
  }
}
