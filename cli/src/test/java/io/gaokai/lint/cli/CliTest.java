package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: outputs, exit codes, bad input never stopping the other files. */
class CliTest {

  @TempDir Path tmp;

  private static String seed(String prefix) {
    return Examples.seed(prefix).toString();
  }

  @Test
  void textOutputIsCompilerStyleWithSourceLineMarkerAndSummary() {
    CliRunner.Result r = CliRunner.run(seed("000"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out())
        .contains(seed("000") + ":80:1: 错误 [fee-statement-missing] 第六部分没有说明信息处理费的收取情况")
        .contains("   80 | 六、其他需要报告的事项")
        .contains("      | ^^^^^^^^^^^^^^^^^^^^^^")
        .contains("= 修正：")
        .contains("共检查 1 个文件：");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void englishMessagesOnRequest() {
    CliRunner.Result r = CliRunner.run("--lang", "en", seed("000"));
    assertThat(r.out())
        .contains("error [fee-statement-missing] part 6 does not state whether an information processing fee")
        .contains("1 file(s) checked: ");
  }

  @Test
  void cleanReportExitsZero() {
    CliRunner.Result r = CliRunner.run(seed("001"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("共检查 1 个文件：0 个错误，0 个警告，0 个提示");
  }

  @Test
  void failOnChangesTheThreshold() {
    assertThat(CliRunner.run(seed("003")).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(CliRunner.run("--fail-on", "warning", seed("003")).exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(CliRunner.run("--fail-on", "never", seed("000")).exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void jsonOutputHasToolYearFormatAndFindingsPerFile() throws IOException {
    CliRunner.Result r = CliRunner.run("--format", "json", Examples.root().resolve("seeds").toString());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/tool/name").asText()).isEqualTo("gaokai-lint");
    assertThat(json.at("/files")).hasSize(5);
    assertThat(json.at("/files/1/year").asInt()).isEqualTo(2024);
    assertThat(json.at("/files/1/yearSource").asText()).isEqualTo("period");
    assertThat(json.at("/files/4/formatVersion").asText()).isEqualTo("2019");
    JsonNode finding = json.at("/files/0/findings/0");
    assertThat(finding.fieldNames()).toIterable()
        .contains("ruleId", "category", "severity", "message", "file", "line", "column");
    assertThat(json.at("/summary/files").asInt()).isEqualTo(5);
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void outputFileGetsTheReportAndStdoutStaysEmpty() throws IOException {
    Path out = tmp.resolve("sub/findings.json");
    CliRunner.Result r = CliRunner.run("--format", "json", "--output", out.toString(), seed("002"));
    assertThat(r.out()).isEmpty();
    assertThat(new ObjectMapper().readTree(out.toFile()).at("/files/0/year").asInt()).isEqualTo(2021);
  }

  @Test
  void twoOutputsThatAreOneFileUnderAnySpellingAreAUsageErrorBeforeAnythingIsWritten() throws IOException {
    Path a = tmp.resolve("a.txt");
    CliRunner.Result same = CliRunner.run("-o", a.toString(), "--report", "json:" + tmp.resolve("x/../a.txt"), seed("002"));
    assertThat(same.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(same.err()).contains("same file");
    Path link = tmp.resolve("b.txt");
    Files.createSymbolicLink(link, a.getFileName());
    CliRunner.Result linked = CliRunner.run("-o", a.toString(), "--write-baseline", link.toString(), seed("002"));
    assertThat(linked.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(a).doesNotExist();
  }

  @Test
  void missingFileIsReportedAndTheOtherFilesAreStillChecked() {
    CliRunner.Result r = CliRunner.run(tmp.resolve("nope.txt").toString(), seed("000"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out())
        .contains("nope.txt:1:1: 错误 [input-unreadable] 无法读取报告：文件不存在")
        .contains("[fee-statement-missing]")
        .contains("共检查 2 个文件")
        .contains("1 个文件无法读取");
    assertThat(r.out()).doesNotContain("Exception");
  }

  @Test
  void directoryWithNoReportsIsAClearError() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Files.writeString(empty.resolve("notes.csv"), "a,b");
    CliRunner.Result r = CliRunner.run(empty.toString(), seed("001"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).contains("目录中没有可检查的报告文件").contains(empty.toString());
    assertThat(r.out()).contains("共检查 1 个文件");
  }

  @Test
  void emptyAndBinaryFilesGiveInputFindings() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    Path blank = Files.writeString(tmp.resolve("blank.md"), "  \n\n");
    Path binary = Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
    CliRunner.Result r = CliRunner.run(empty.toString(), blank.toString(), binary.toString(), seed("003"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out())
        .contains("empty.txt:1:1: 错误 [input-unreadable] 无法读取报告：文件为空")
        .contains("blank.md:1:1: 错误 [input-unreadable] 无法读取报告：文件为空")
        .contains("image.txt:1:1: 错误 [input-unreadable] 无法读取报告：不是文本文件")
        .contains("共检查 4 个文件");
  }

  @Test
  void usageErrorsExitTwoWithoutStackTrace() {
    CliRunner.Result noArgs = CliRunner.run();
    assertThat(noArgs.exitCode()).isEqualTo(ExitCode.USAGE);
    CliRunner.Result badFormat = CliRunner.run("--format", "yaml", seed("001"));
    assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badFormat.err()).contains("--format 的值 “yaml” 无效").doesNotContain("Exception");
    CliRunner.Result badFailOn = CliRunner.run("--fail-on", "fatal", seed("001"));
    assertThat(badFailOn.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("--bogus", seed("001")).exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void versionAndHelp() {
    assertThat(CliRunner.run("--version").out()).startsWith("gaokai-lint ");
    CliRunner.Result help = CliRunner.run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--fail-on").contains("退出码");
  }

  @Test
  void standardInputIsRead() throws IOException {
    byte[] report = Files.readAllBytes(Examples.seed("000"));
    CliRunner.Result r = CliRunner.runWithStdin(report, "-");
    assertThat(r.out()).contains("<stdin>:80:1: 错误 [fee-statement-missing]");
  }

  @Test
  void inputFilesAreNeverModified() throws IOException {
    Map<Path, String> before = hashes(Examples.root());
    CliRunner.run("--format", "json", Examples.root().toString());
    assertThat(hashes(Examples.root())).isEqualTo(before);
  }

  private static Map<Path, String> hashes(Path root) throws IOException {
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(p, sha256(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void utf8OutputRegardlessOfPlatformEncoding() {
    CliRunner.Result r = CliRunner.run(seed("002"));
    assertThat(r.out().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(r.out().length());
    assertThat(List.of(r.out().split("\n"))).anyMatch(l -> l.contains("2.他法律行政法规禁止公开"));
  }

  @Test
  void damagedEncryptedAndImageOnlyDocumentsGiveInputFindingsAndTheRunGoesOn() {
    Path hostile = Path.of("../core/src/test/resources/hostile");
    CliRunner.Result r = CliRunner.run(
        hostile.resolve("truncated.docx").toString(),
        hostile.resolve("encrypted.pdf").toString(),
        hostile.resolve("image-only.pdf").toString(),
        seed("000"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out())
        .contains("truncated.docx:1:1: 错误 [input-unreadable]")
        .contains("encrypted.pdf:1:1: 错误 [input-unreadable]")
        .containsPattern("image-only.pdf:1:1: 错误 \\[input-unreadable\\] .*OCR")
        .contains("[fee-statement-missing]")
        .contains("共检查 4 个文件")
        .doesNotContain("Exception");
  }

  @Test
  void wordAndPdfFindingsLeadWithThePlaceInTheOriginal() {
    String file = Examples.root().resolve("docx/000_3743be2e1fd75c63.docx").toString();
    String docx = CliRunner.run(file).out();
    assertThat(docx)
        .contains(file + " 表格2 第25行 第3列: 警告 [table-cells-blank] ")
        .contains(file + " 第17段: 错误 [fee-statement-missing] ")
        .doesNotContain(file + ":")
        .doesNotContain("原文位置")
        .contains("      | 六、其他需要报告的事项\n"); // the excerpt without the extracted line's number
    assertThat(CliRunner.run("--lang", "en", file).out())
        .contains(file + " table 2 row 25 column 3: warning [table-cells-blank] ")
        .contains(file + " paragraph 17: error [fee-statement-missing] ");
    String pdfFile = Examples.root().resolve("pdf/000_3743be2e1fd75c63.pdf").toString();
    String pdf = CliRunner.run(pdfFile).out();
    assertThat(pdf).containsPattern(java.util.regex.Pattern.quote(pdfFile) + " 第\\d+页: 错误 \\[fee-statement-missing\\]").doesNotContain(pdfFile + ":");
    assertThat(CliRunner.run("--lang", "en", pdfFile).out()).containsPattern(java.util.regex.Pattern.quote(pdfFile) + " page \\d+: error ");
  }

  @Test
  void textAndWebPagesKeepFileLineColumn() {
    String txt = CliRunner.run(seed("000")).out();
    assertThat(txt).containsPattern("seeds/000_3743be2e1fd75c63\\.txt:\\d+:\\d+: 错误 \\[fee-statement-missing\\]").containsPattern("\\n +\\d+ \\| ");
    String html = Examples.root().resolve("variants/001-blank-total.html").toString();
    assertThat(CliRunner.run(html).out()).containsPattern(java.util.regex.Pattern.quote(html) + ":\\d+:\\d+: ");
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfJobs() {
    String dir = Examples.root().resolve("variants").toString();
    String one = CliRunner.run("--format", "json", "--jobs", "1", dir).out();
    String four = CliRunner.run("--format", "json", "--jobs", "4", dir).out();
    assertThat(one).contains("\"ruleId\"").isEqualTo(four);
    assertThat(CliRunner.run("--jobs", "0", dir).exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
