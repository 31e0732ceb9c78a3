package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs end to end through the command line. Each one gives a clear {@code input} finding
 * (or, for a configuration, a clear error) with the documented exit code, prints no stack trace,
 * finishes within a generous bound (a guard against hangs, not a benchmark) and leaves the good
 * report linted in the same run with its findings.
 */
class HostileInputTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  /** Stack frames, chained causes, uncaught exceptions, the CLI's last-resort handler. */
  private static final Pattern STACK_TRACE =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|Caused by:|Exception in thread|内部错误|internal error");

  /** The reader fixtures of core: a zip bomb, truncated and encrypted files. */
  private static final Path CORE_HOSTILE = Path.of("../core/src/test/resources/hostile");

  /** The small fixtures of these tests (see the README there). */
  private static final Path CLI_HOSTILE = Path.of("src/test/resources/hostile");

  private static final String SECRET = "TOP-SECRET-4711";

  @TempDir Path tmp;

  /** The good report of every run: seed 000, whose part six lacks the fee statement. */
  private static final String GOOD = Examples.seed("000").toString();

  private static final String GOOD_FINDING = GOOD + ":80:1: 错误 [fee-statement-missing]";

  private static CliRunner.Result run(String... args) {
    CliRunner.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> CliRunner.run(args));
    assertThat(r.out()).doesNotContainPattern(STACK_TRACE);
    assertThat(r.err()).doesNotContainPattern(STACK_TRACE);
    return r;
  }

  /** Lints the hostile input with the good report; it must be unreadable with the message given. */
  private static CliRunner.Result assertUnreadable(Path hostile, String message, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.add(hostile.toString());
    args.add(GOOD);
    CliRunner.Result r = run(args.toArray(String[]::new));
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out())
        .contains(hostile + ":1:1: 错误 [input-unreadable] 无法读取报告：" + message)
        .contains(GOOD_FINDING)
        .contains("共检查 2 个文件");
    return r;
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String seedText(String prefix) throws IOException {
    return Files.readString(Examples.seed(prefix), StandardCharsets.UTF_8);
  }

  private static String htmlExample() throws IOException {
    return Files.readString(Examples.root().resolve("html/001_68120aa8738a8fff.html"), StandardCharsets.UTF_8);
  }

  /** What was understood of one file: year and format, then each finding's rule, line and column. */
  private static List<String> findings(Path file) throws IOException {
    JsonNode json = new ObjectMapper().readTree(run("--format", "json", "--fail-on", "never", file.toString()).out());
    List<String> out = new ArrayList<>();
    out.add("year " + json.at("/files/0/year").asInt() + ", format " + json.at("/files/0/formatVersion").asText());
    for (JsonNode f : json.at("/files/0/findings")) {
      out.add(f.get("ruleId").asText() + "@" + f.get("line").asInt() + ":" + f.get("column").asInt());
    }
    return out;
  }

  // ---- archives and markup -------------------------------------------------------------------

  @Test
  void zipBombDocx() {
    assertUnreadable(CORE_HOSTILE.resolve("zip-bomb.docx"), "docx 文件解压后体积异常（疑似 ZIP 炸弹），已拒绝读取");
  }

  @Test
  void wordAndPdfFilesThatExpandBeyondTheLimitAreRefusedAndTheOthersChecked() {
    assertUnreadable(CORE_HOSTILE.resolve("expands-100mb.docx"), "docx 文件解压后超过 50 MB（疑似压缩炸弹），已拒绝读取");
    assertUnreadable(CORE_HOSTILE.resolve("expands-1gb.pdf"), "PDF 文件解压后超过 50 MB（疑似压缩炸弹），已拒绝读取");
  }

  @Test
  void theExpandedSizeLimitFollowsMaxFileSize() {
    // 0.3 MB on disk, under a limit of 1 MB; 100 MB inflated, over it
    assertUnreadable(CORE_HOSTILE.resolve("expands-100mb.docx"), "docx 文件解压后超过 1 MB", "--max-file-size", "1");
  }

  @Test
  void docxWithExternalEntitiesReadsNoFileAndFetchesNothing() throws IOException {
    Path secret = write("secret.txt", utf8(SECRET));
    try (ServerSocket server = listening()) {
      Path docx = write("xxe.docx", docxWithExternalEntities(secret, server.getLocalPort()));

      CliRunner.Result r = assertUnreadable(docx, "docx 中的 XML 含有 DOCTYPE 声明");

      assertThat(r.out() + r.err()).doesNotContain(SECRET);
      assertNothingConnected(server);
    }
  }

  @Test
  void htmlWithExternalEntitiesIsLintedAsThePageWithoutThem() throws IOException {
    // HTML has no external entities: the page is read as a browser reads it, the DOCTYPE ignored
    Path secret = write("secret.txt", utf8(SECRET));
    try (ServerSocket server = listening()) {
      Path page = write("xxe.html", utf8(htmlWithExternalEntities(secret, server.getLocalPort())));
      Path original = write("original.html", utf8(htmlExample()));

      CliRunner.Result r = run("--format", "json", page.toString(), GOOD);

      assertThat(r.out() + r.err()).doesNotContain(SECRET);
      assertNothingConnected(server);
      assertThat(r.out()).contains("fee-statement-missing");
      assertThat(findings(page)).isEqualTo(findings(original));
    }
  }

  @Test
  void deeplyNestedHtmlIsReadLikeThePageItWraps() throws IOException {
    String page = htmlExample();
    int body = page.indexOf('>', page.indexOf("<body")) + 1;
    int end = page.indexOf("</body>");
    String nested = page.substring(0, body) + "<div>".repeat(100_000) + page.substring(body, end)
        + "</div>".repeat(100_000) + page.substring(end);
    Path deep = write("deep.html", utf8(nested));
    Path original = write("original.html", utf8(page));

    CliRunner.Result r = run(deep.toString(), GOOD);

    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains(GOOD_FINDING).doesNotContain("input-unreadable");
    assertThat(findings(deep)).isEqualTo(findings(original));
  }

  @Test
  void truncatedPdfAndDocxAndEncryptedPdf() {
    assertUnreadable(CORE_HOSTILE.resolve("truncated.pdf"), "PDF 文件不完整（缺少文件结尾标记 %%EOF）");
    assertUnreadable(CORE_HOSTILE.resolve("truncated.docx"), "docx 文件不完整");
    assertUnreadable(CORE_HOSTILE.resolve("encrypted.pdf"), "PDF 已加密（设有打开密码），无法读取");
  }

  // ---- configuration ----------------------------------------------------------------------------

  @Test
  void configWithAnAliasBombIsRefusedQuickly() throws IOException {
    Path config = write("bomb.yaml", utf8(aliasBomb()));

    CliRunner.Result r = run("--config", config.toString(), GOOD);

    // a configuration error stops the run before any report is read: nothing half-done
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("规则文件错误 / rule file error: " + config + ":").contains("aliases");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aConfigurationThatNeverEndsIsRefusedQuickly() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
    Path link = Files.createSymbolicLink(tmp.resolve("zero.yaml"), zero);
    Path extending = write("extends-zero.yaml", utf8("extends: [zero.yaml]\n"));

    // named directly, or by an extends that --allow-rules-from lets lead to /dev
    for (Path config : List.of(zero, extending)) {
      CliRunner.Result r = run("--allow-rules-from", "/dev", "--config", config.toString(), GOOD);

      assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err())
          .contains("规则文件错误 / rule file error: " + (config == zero ? zero : link) + ":1:1: ")
          .contains("is not a regular file");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void aConfigurationCannotReadTheRunnersFilesUnlessTheCommandLineAllowsIt() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    write("home/.ssh/id_rsa.yaml", utf8(SECRET + ": " + SECRET + "\n"));
    write("home/team-rules/rules.yaml", utf8("ruleset: shared\nrules: []\n"));
    Path project = Files.createDirectories(tmp.resolve("project"));
    Path stealing = write("project/steal.yaml", utf8("extends: [../home/.ssh/id_rsa.yaml]\n"));
    Path sharing = write("project/share.yaml", utf8("extends: [national, ../home/team-rules/rules.yaml]\n"));

    CliRunner.Result refused = run("--config", stealing.toString(), GOOD);
    CliRunner.Result allowed = run("--allow-rules-from", home.resolve("team-rules").toString(), "--config", sharing.toString(), GOOD);

    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err())
        .contains(stealing + ":1:", "引用的文件在项目之外，未读取：" + home.resolve(".ssh/id_rsa.yaml"), "--allow-rules-from")
        .doesNotContain(SECRET);
    assertThat(refused.out()).isEmpty();
    assertThat(allowed.exitCode()).as(allowed.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(allowed.out()).contains(GOOD_FINDING);
  }

  @Test
  void userPatternsThatBacktrackCatastrophicallyRunInLinearTime() throws IOException {
    Path config = write("config/.gaokai-lint.yaml", utf8(backtrackingRules()));
    Path report = write("long-runs.txt", utf8(seedText("000") + longRuns()));

    // with java.util.regex either pattern alone would run for longer than the universe has left
    CliRunner.Result r = run("--config", config.toString(), report.toString(), GOOD);

    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out())
        .contains(report + ":1:1: 错误 [no-y-after-xs] 没有找到“(x+x+)+y”")
        .contains(report + ":85:1: 提示 [only-as] 整行都是 a")
        .contains(report + ":80:1: 错误 [fee-statement-missing]")
        .contains(GOOD_FINDING);
  }

  // ---- sizes and lines --------------------------------------------------------------------------

  @Test
  void aFileOverTheDefaultLimitIsRefusedWithoutBeingRead() throws IOException {
    Path huge = sparse("huge.txt", 200L * 1024 * 1024);

    assertUnreadable(huge, "文件过大（200 MB，上限 50 MB）");
  }

  @Test
  void maxFileSizeOneRefusesATwoMegabyteFile() throws IOException {
    String seed = seedText("003");
    byte[] twoMegabytes = utf8(seed.repeat(2 * 1024 * 1024 / utf8(seed).length + 1));
    Path big = write("two-mb.txt", Arrays.copyOf(twoMegabytes, 2 * 1024 * 1024));

    assertUnreadable(big, "文件过大（2 MB，上限 1 MB）", "--max-file-size", "1");
  }

  @Test
  void aDeviceIsRefusedAtOnceWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");

    assertUnreadable(zero, "不是普通文件（管道、设备等）");
  }

  @Test
  void aOneMegabyteSingleLine() throws IOException {
    String flat = seedText("001").replace('\n', ' ');
    Path oneLine = write("one-line.txt", utf8(flat.repeat(1024 * 1024 / utf8(flat).length + 1)));
    assertThat(Files.size(oneLine)).isGreaterThan(1024 * 1024);

    CliRunner.Result r = run(oneLine.toString(), GOOD);

    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains(oneLine + ":1:").doesNotContain("input-unreadable").contains(GOOD_FINDING);
  }

  @Test
  void crOnlyAndCrlfLineEndingsGiveTheFindingsAndLinesOfLf() throws IOException {
    for (String seed : List.of("003", "000")) {
      String lf = seedText(seed);
      Path unix = write(seed + "-lf.txt", utf8(lf));
      Path mac = write(seed + "-cr.txt", utf8(lf.replace("\n", "\r")));
      Path windows = write(seed + "-crlf.txt", utf8(lf.replace("\n", "\r\n")));

      List<String> expected = findings(unix);
      assertThat(expected).as("seed %s has findings to compare", seed).hasSizeGreaterThan(1);
      assertThat(findings(mac)).as("CR, seed %s", seed).isEqualTo(expected);
      assertThat(findings(windows)).as("CRLF, seed %s", seed).isEqualTo(expected);
    }
  }

  // ---- encodings and bytes ----------------------------------------------------------------------

  @Test
  void binaryGarbageNamedTxt() {
    assertUnreadable(CLI_HOSTILE.resolve("binary-garbage.txt"), "不是文本文件：内容含有二进制数据，无法作为报告读取");
  }

  @Test
  void aFifoGivenAsAReportOrAConfigurationIsRefusedAtOnceInsteadOfBlocking() throws Exception {
    Path fifo = tmp.resolve("report.txt");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");

    CliRunner.Result report = CliRunner.run(fifo.toString(), Examples.seed("003").toString());
    assertThat(report.out()).contains("report.txt:1:1: 错误 [input-unreadable] 无法读取报告：不是普通文件（管道、设备等）")
        .contains("共检查 2 个文件");
    CliRunner.Result config = CliRunner.run("-c", fifo.toString(), Examples.seed("003").toString());
    assertThat(config.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(config.err()).contains("is not a regular file");
  }

  @Test
  void aMaxFileSizeTheMemoryCannotHonourIsAUsageErrorNotAnOutOfMemoryError() {
    CliRunner.Result r = run("--max-file-size", "1000000", GOOD);

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--max-file-size 1000000 MB is more than the memory available can check");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void rtfAndWebArchivesNamedDocAreRefusedWithWhatToSaveThemAs() throws IOException {
    Path rtf = write("report.doc", "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 2023\\par}".getBytes(StandardCharsets.US_ASCII));
    Path mht = write("page.doc", ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
        + "Content-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body>2023</body></html>\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII));

    assertUnreadable(rtf, "这是 RTF 文件（不论扩展名是什么），不能作为 Word 文档读取：请在 Word 或 WPS 中另存为 .docx 后再检查");
    assertUnreadable(mht, "这是网页存档（MHT/MHTML）");
  }

  @Test
  void aByteInvalidInUtf8AndGb18030CostsOneReplacementAndAWarningAtItsLine() {
    CliRunner.Result r = CliRunner.run(CLI_HOSTILE.resolve("invalid-utf8.txt").toString());

    assertThat(r.out()).contains("invalid-utf8.txt:5:").contains("[text-damaged]").doesNotContain("[input-unreadable]");
    assertThat(r.out()).contains("共检查 1 个文件");
  }

  @Test
  void bytesInvalidInUtf8ButValidGb18030AreReadAsGb18030() throws IOException {
    Path gb = write("003-gb18030.txt", seedText("003").getBytes(Charset.forName("GB18030")));

    assertThat(findings(gb)).isEqualTo(findings(Examples.seed("003")));
  }

  @Test
  void nulBytesAtTheStartAndPastTheFirstEightKilobytes() throws IOException {
    Path atStart = write("nul-first.txt", concat(new byte[] {0}, utf8(seedText("003"))));

    assertUnreadable(atStart, "不是文本文件：内容含有二进制数据");
    assertUnreadable(CLI_HOSTILE.resolve("nul-past-8k.txt"), "文本第 359 行含有 NUL 字符（二进制数据）：文件可能已损坏");
  }

  // ---- file system ------------------------------------------------------------------------------

  @Test
  void aDirectoryLinkLoopIsReportedAndTheOtherFilesAreChecked() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("reports/sub"));
    Path report = Files.copy(Examples.seed("000"), dir.resolve("report.txt"));
    Files.createSymbolicLink(dir.resolve("loop"), tmp.resolve("reports"));

    CliRunner.Result r = run(tmp.resolve("reports").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).isEqualTo("gaokai-lint: 跳过循环的目录链接：" + dir.resolve("loop") + System.lineSeparator());
    assertThat(r.out()).contains(report + ":80:1: 错误 [fee-statement-missing]").contains("共检查 1 个文件");
  }

  @Test
  void aDanglingSymbolicLinkGivenOrFoundInADirectory() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("reports"));
    Path link = Files.createSymbolicLink(dir.resolve("moved.txt"), tmp.resolve("gone.txt"));
    String message = "符号链接指向的文件不存在（" + tmp.resolve("gone.txt") + "）";

    assertUnreadable(link, message);

    CliRunner.Result walked = run(dir.toString(), GOOD);
    assertThat(walked.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(walked.out()).contains(link + ":1:1: 错误 [input-unreadable] 无法读取报告：" + message).contains(GOOD_FINDING);
  }

  @Test
  void aFileWithoutReadPermission() throws IOException, InterruptedException {
    Path locked = write("locked.txt", utf8(seedText("003")));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    if (!"root".equals(System.getProperty("user.name"))) {
      assertUnreadable(locked, "没有读取权限");
      return;
    }
    // Root reads files whatever their mode, through the capabilities CAP_DAC_OVERRIDE and
    // CAP_DAC_READ_SEARCH: the run goes to a child JVM that setpriv(1) starts without them.
    List<String> command = new ArrayList<>(List.of(
        "setpriv", "--bounding-set=-dac_override,-dac_read_search",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), locked.toString(), GOOD));
    Process child;
    try {
      child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException noSetpriv) {
      assumeTrue(false, "running as root without setpriv(1) to drop the capability to read any file");
      return;
    }
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = child.waitFor();
    assumeFalse(exit == 1 && out.isEmpty(), "setpriv could not drop capabilities here (no CAP_SETPCAP)");
    assertThat(exit).isEqualTo(ExitCode.UNREADABLE);
    assertThat(out)
        .contains(locked + ":1:1: 错误 [input-unreadable] 无法读取报告：没有读取权限")
        .contains(GOOD_FINDING)
        .contains("共检查 2 个文件");
    assertThat(out).doesNotContainPattern(STACK_TRACE);
  }

  // ---- inputs are never written -----------------------------------------------------------------

  @Test
  void hostileInputsFixturesAndExamplesAreNeverWritten() throws IOException {
    Path inputs = Files.createDirectory(tmp.resolve("inputs"));
    Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
    List<Path> generated;
    try (ServerSocket server = listening()) {
      generated = generateHostileInputs(inputs, secret, server.getLocalPort());
    }
    List<Path> roots = List.of(inputs, CLI_HOSTILE, CORE_HOSTILE, Examples.root());
    Map<Path, String> before = hashes(roots);

    // the directory walk picks up every generated input, the broken link included, and the
    // configuration in the directory applies the backtracking rules to them
    List<String> hostile = List.of(inputs.toString(), CLI_HOSTILE.toString(), CORE_HOSTILE.toString());
    Path out = tmp.resolve("out");
    CliRunner.Result text = run(concat(hostile, Examples.root().toString()));
    CliRunner.Result json = run(concat("--format", "json", "--lang", "en", "--output", out.resolve("findings.json").toString(),
        "--report", "text:" + out.resolve("findings.txt"), "--write-baseline", out.resolve("baseline.json").toString(),
        hostile));

    assertThat(hashes(roots)).isEqualTo(before);
    assertThat(text.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(json.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    for (Path input : generated) {
      assertThat(text.out()).as("linted: %s", input).contains(input + ":");
    }
  }

  @Test
  void anOutputThatIsAlsoAnInputIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("reports"));
    Path report = Files.copy(Examples.seed("000"), dir.resolve("report.txt"));
    Path lastFindings = Files.writeString(dir.resolve("findings.txt"), "上次的检查结果");
    Map<Path, String> before = hashes(List.of(dir));

    List<String[]> overwriting = List.of(
        new String[] {"--output", report.toString(), report.toString()},
        new String[] {"--report", "json:" + dir.resolve("../reports/./report.txt"), report.toString()},
        new String[] {"--write-baseline", lastFindings.toString(), dir.toString()});
    for (String[] args : overwriting) {
      CliRunner.Result r = run(args);

      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).contains("the output file is also a report to check, and writing it would overwrite it");
    }
    assertThat(hashes(List.of(dir))).isEqualTo(before);
  }

  /** The generated hostile inputs of the tests above, in one directory; returns those a walk lints. */
  private List<Path> generateHostileInputs(Path dir, Path secret, int port) throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Files.write(dir.resolve("xxe.docx"), docxWithExternalEntities(secret, port)));
    out.add(Files.writeString(dir.resolve("xxe.html"), htmlWithExternalEntities(secret, port)));
    Files.writeString(dir.resolve(".gaokai-lint.yaml"), backtrackingRules());
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
      f.setLength(60L * 1024 * 1024);
    }
    out.add(dir.resolve("huge.txt"));
    out.add(Files.writeString(dir.resolve("cr.txt"), seedText("003").replace("\n", "\r")));
    out.add(Files.writeString(dir.resolve("crlf.txt"), seedText("003").replace("\n", "\r\n")));
    out.add(Files.write(dir.resolve("gb18030.txt"), seedText("003").getBytes(Charset.forName("GB18030"))));
    out.add(Files.write(dir.resolve("nul-first.txt"), concat(new byte[] {0}, utf8(seedText("003")))));
    out.add(Files.writeString(dir.resolve("one-line.txt"), seedText("001").replace('\n', ' ').repeat(10)));
    out.add(Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>一、总体情况</p></body></html>"));
    out.add(Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt")));
    Files.createSymbolicLink(Files.createDirectory(dir.resolve("sub")).resolve("loop"), dir);
    return out;
  }

  // ---- the hostile inputs -----------------------------------------------------------------------

  /** A Word package whose document and content types declare entities: a local file and a URL. */
  private static byte[] docxWithExternalEntities(Path secret, int port) throws IOException {
    String doctype = "<!DOCTYPE %s [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
        + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + port + "/entity\">]>";
    String contentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + String.format(doctype, "Types")
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + String.format(doctype, "w:document")
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>一、总体情况 &file; &net;</w:t></w:r></w:p></w:body></w:document>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String[] entry : List.of(
          new String[] {"[Content_Types].xml", contentTypes},
          new String[] {"_rels/.rels", rels},
          new String[] {"word/document.xml", document})) {
        zip.putNextEntry(new ZipEntry(entry[0]));
        zip.write(utf8(entry[1]));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** The HTML example with a DOCTYPE declaring a file and a URL entity, referenced in the body. */
  private static String htmlWithExternalEntities(Path secret, int port) throws IOException {
    String page = htmlExample();
    String doctype = "<!DOCTYPE html [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
        + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + port + "/entity\">]>";
    return doctype + page.substring(page.indexOf('>') + 1).replace("</body>", "<p>&file;&net;</p></body>");
  }

  /** Ten levels of nine aliases each: 9^10 strings if expanded. */
  private static String aliasBomb() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      String alias = "*" + (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [").append(String.join(",", Collections.nCopies(9, alias))).append("]\n");
    }
    return yaml.toString();
  }

  /** Two rules whose patterns backtrack exponentially in java.util.regex. */
  private static String backtrackingRules() {
    return """
        rules:
          - id: no-y-after-xs
            type: pattern
            mode: require
            pattern: "(x+x+)+y"
            category: text
            severity: error
            message: {zh: "没有找到“(x+x+)+y”", en: "no (x+x+)+y"}
            description: 回溯。
          - id: only-as
            type: pattern
            pattern: "^(a+)+$"
            category: text
            severity: info
            message: {zh: "整行都是 a", en: "a line of a"}
            description: 回溯。
        """;
  }

  /** After the 82 lines of seed 000: a run of x without y (line 83), a run of a with a stop, and one without (85). */
  private static String longRuns() {
    return "\n" + "x".repeat(100_000) + "\n" + "a".repeat(100_000) + "!\n" + "a".repeat(100_000) + "\n";
  }

  private Path sparse(String name, long size) throws IOException {
    Path p = tmp.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(size);
    }
    return p;
  }

  private static ServerSocket listening() throws IOException {
    return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  private static void assertNothingConnected(ServerSocket server) throws IOException {
    server.setSoTimeout(200);
    assertThatThrownBy(server::accept).as("a connection to the entity's URL").isInstanceOf(SocketTimeoutException.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String[] concat(Object... parts) {
    List<String> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof List<?> list) {
        list.forEach(o -> out.add(o.toString()));
      } else {
        out.add(p.toString());
      }
    }
    return out.toArray(String[]::new);
  }

  /** The SHA-256 of every readable regular file under the roots (not following links). */
  private static Map<Path, String> hashes(List<Path> roots) throws IOException {
    Map<Path, String> out = new TreeMap<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
          out.put(p.toAbsolutePath().normalize(), sha256(p));
        }
      }
    }
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (var in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
