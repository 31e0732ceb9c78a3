package io.gaokai.lint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The release archives as a user gets them: what they hold, and the launcher run from an unpacked
 * copy from another directory, through symbolic links, under a path with spaces.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher")
class DistributionArchiveIT {

  private static final String DOCX_WITH_ERROR = "docx/000_3743be2e1fd75c63.docx";
  private static final String SEED_WITH_ERROR = "seeds/000_3743be2e1fd75c63.txt";
  private static final String SEED_CLEAN = "seeds/001_68120aa8738a8fff.txt";

  private final String top = "gaokai-lint-" + Dist.version() + "/";

  /** Entry name (below the top directory) to its bytes' SHA-256 and mode, as the archive has them. */
  private record Entry(String sha256, int mode) {}

  @Test
  void bothArchivesHoldTheLaunchersTheJarTheReadmeTheLicenseAndTheDocs() throws Exception {
    Map<String, Entry> expected = new TreeMap<>();
    expected.put("bin/gaokai-lint", new Entry(sha256(Files.readAllBytes(Dist.repo().resolve("gaokai-lint"))), 0755));
    String bat = Files.readString(Dist.repo().resolve("gaokai-lint.bat"), StandardCharsets.US_ASCII)
        .replace("\r\n", "\n").replace("\n", "\r\n");
    expected.put("bin/gaokai-lint.bat", new Entry(sha256(bat.getBytes(StandardCharsets.US_ASCII)), 0644));
    expected.put("lib/gaokai-lint.jar",
        new Entry(sha256(Files.readAllBytes(Dist.repo().resolve("cli/target/gaokai-lint.jar"))), 0644));
    expected.put("README.md", new Entry(sha256(Files.readAllBytes(Dist.repo().resolve("README.md"))), 0644));
    expected.put("LICENSE", new Entry(sha256(Files.readAllBytes(Dist.repo().resolve("LICENSE"))), 0644));
    try (Stream<Path> docs = Files.walk(Dist.repo().resolve("docs"))) {
      for (Path p : docs.filter(Files::isRegularFile).toList()) {
        expected.put(Dist.repo().relativize(p).toString().replace('\\', '/'),
            new Entry(sha256(Files.readAllBytes(p)), 0644));
      }
    }
    assertThat(expected).containsKey("docs/rules.md");

    assertThat(tarEntries()).as("tar.gz").isEqualTo(expected);
    assertThat(zipEntries()).as("zip").isEqualTo(expected);
  }

  @Test
  void theWindowsLauncherIsAsciiWithCrlfLineEnds() throws Exception {
    try (ZipFile zip = ZipFile.builder().setPath(Dist.zip()).get()) {
      byte[] bat = zip.getInputStream(zip.getEntry(top + "bin/gaokai-lint.bat")).readAllBytes();
      for (int i = 0; i < bat.length; i++) {
        assertThat(bat[i] & 0xff).as("byte %d", i).isLessThan(0x80);
        if (bat[i] == '\n') {
          assertThat(bat[i - 1]).as("CR before the LF at %d", i).isEqualTo((byte) '\r');
        }
      }
      String text = new String(bat, StandardCharsets.US_ASCII);
      // every file it reads and the java it runs, and all the arguments
      assertThat(text).contains("%~dp0", "..\\lib\\gaokai-lint.jar", "JAVA_HOME", "%JAVA_OPTS%", "%*",
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:all=warning:stderr", "chcp 65001", "exit /b 2");
    }
  }

  @Test
  void theTarballLintsAWordReportFromAnotherDirectory() throws Exception {
    Path release = Dist.release();
    Path cwd = Dist.workDir("tar-from-elsewhere");
    Files.copy(Dist.examples().resolve(DOCX_WITH_ERROR), cwd.resolve("report.docx"));

    Dist.Result r = Dist.run(cwd, Dist.env(), release.resolve("bin/gaokai-lint").toString(), "report.docx");

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains(Dist.expectedTextLines(DOCX_WITH_ERROR, "report.docx"));
    assertThat(r.out()).contains("共检查 1 个文件：" + Dist.expectedCount(DOCX_WITH_ERROR, "error") + " 个错误，"
        + Dist.expectedCount(DOCX_WITH_ERROR, "warning") + " 个警告");
    assertThat(r.err()).as("JVM warnings or launcher complaints").isEmpty();
  }

  /**
   * A link in a bin directory on the PATH, to a link, to a relative link, to the launcher; a report
   * with a Chinese name and a space under LC_ALL=C (the launcher's UTF-8 locale).
   */
  @Test
  void theTarballRunsThroughAChainOfSymbolicLinksFoundOnThePath() throws Exception {
    Path release = Dist.release();
    Path links = Dist.workDir("links");
    Path usrLocalBin = Files.createDirectories(links.resolve("usr local/bin"));
    Path chain = Files.createDirectories(links.resolve("chain"));
    Files.createSymbolicLink(chain.resolve("absolute"), release.resolve("bin/gaokai-lint"));
    Files.createSymbolicLink(chain.resolve("relative"), Path.of("absolute"));
    Files.createSymbolicLink(usrLocalBin.resolve("gaokai-lint"), Path.of("../../chain/relative"));
    Path cwd = Dist.workDir("links-cwd");
    Files.copy(Dist.examples().resolve(SEED_CLEAN), cwd.resolve("2023年 年度报告.txt"));
    Map<String, String> env = Dist.env("PATH", usrLocalBin + ":" + System.getenv("PATH"), "LC_ALL", "C");

    Dist.Result version = Dist.run(cwd, env, "sh", "-c", "gaokai-lint --version");
    assertThat(version.exit()).as(version.toString()).isZero();
    assertThat(version.out().strip()).isEqualTo("gaokai-lint " + Dist.version());

    Dist.Result r = Dist.run(cwd, env, "sh", "-c", "gaokai-lint --format json '2023年 年度报告.txt'");
    assertThat(r.exit()).as(r.toString()).isZero();
    var json = Dist.JSON.readTree(r.out());
    assertThat(json.path("tool").path("version").asText()).isEqualTo(Dist.version());
    assertThat(json.path("files").get(0).path("file").asText()).isEqualTo("2023年 年度报告.txt");
    assertThat(json.path("files").get(0).path("readable").asBoolean()).isTrue();
    assertThat(json.path("files").get(0).path("findings")).isEmpty();
  }

  @Test
  void theZipRunsFromItsOwnDirectoryWithAPathWithSpaces() throws Exception {
    Path release = Dist.unzip(Dist.workDir("zip").resolve("program files"));
    Path reports = Files.createDirectories(Dist.workDir("zip-reports").resolve("my reports"));
    Files.copy(Dist.examples().resolve(SEED_WITH_ERROR), reports.resolve("report.txt"));

    Dist.Result version = Dist.run(release, Dist.env(), "bin/gaokai-lint", "--version");
    assertThat(version.exit()).as(version.toString()).isZero();
    assertThat(version.out().strip()).isEqualTo("gaokai-lint " + Dist.version());

    Dist.Result r = Dist.run(release, Dist.env(), "bin/gaokai-lint", "--fail-on", "never", reports.resolve("report.txt").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains(Dist.expectedTextLines(SEED_WITH_ERROR, reports.resolve("report.txt").toString()));
  }

  @Test
  void withoutAJavaTheLauncherSaysSoAndExitsTwo() throws Exception {
    Path release = Dist.release();
    // a PATH with a shell and nothing else: no java on it
    Path bin = Dist.workDir("no-java-bin");
    Files.createSymbolicLink(bin.resolve("sh"), Path.of("/bin/sh"));
    Path launcher = release.resolve("bin/gaokai-lint");

    Dist.Result none = Dist.run(bin, Dist.env("PATH", bin.toString(), "JAVA_HOME", null), launcher.toString(), "--version");
    assertThat(none.exit()).as(none.toString()).isEqualTo(2);
    assertThat(none.err()).contains("gaokai-lint: no java found", "Java 17");

    Dist.Result badHome = Dist.run(bin, Dist.env("PATH", bin.toString(), "JAVA_HOME", "/nonexistent/jdk"),
        launcher.toString(), "--version");
    assertThat(badHome.exit()).as(badHome.toString()).isEqualTo(2);
    assertThat(badHome.err()).contains("JAVA_HOME is /nonexistent/jdk, but it has no bin/java");

    // JAVA_HOME alone finds it
    Dist.Result home = Dist.run(bin, Dist.env("PATH", bin.toString()), launcher.toString(), "--version");
    assertThat(home.exit()).as(home.toString()).isZero();
    assertThat(home.out().strip()).isEqualTo("gaokai-lint " + Dist.version());
  }

  /**
   * The README's optional class-data-sharing archive: made in place by one run, used by the next
   * (-Xshare:on makes a run that cannot use it fail), and left alone once the jar is newer.
   */
  @Test
  void aCdsArchiveMadeInPlaceIsUsedUntilTheJarChanges() throws Exception {
    Path release = Dist.workDir("cds").resolve("gaokai-lint");
    Dist.Result copy = Dist.run(Dist.release().getParent(), Dist.env(), "cp", "-R", Dist.release().toString(), release.toString());
    assertThat(copy.exit()).as(copy.toString()).isZero();
    Path jar = release.resolve("lib/gaokai-lint.jar");
    Path jsa = release.resolve("lib/gaokai-lint.jsa");

    // (a real one is made on reports; --version keeps the test short)
    Dist.Result make = Dist.run(release, Dist.env("JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + jsa),
        "bin/gaokai-lint", "--version");
    assertThat(make.exit()).as(make.toString()).isZero();
    assertThat(jsa).isRegularFile();

    Dist.Result used = Dist.run(release, Dist.env("JAVA_OPTS", "-Xshare:on"), "bin/gaokai-lint", "--version");
    assertThat(used.exit()).as(used.toString()).isZero();
    assertThat(used.err()).isEmpty();

    // a jar newer than the archive (an upgrade unpacked over it): the launcher does not offer it to the
    // JVM, which would refuse it with a warning on every run
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jsa).toMillis() + 60_000));
    Dist.Result stale = Dist.run(release, Dist.env(), "bin/gaokai-lint", "--version");
    assertThat(stale.exit()).as(stale.toString()).isZero();
    assertThat(stale.err()).isEmpty();
    Dist.Result offered = Dist.run(release, Dist.env("JAVA_OPTS", "-XX:SharedArchiveFile=" + jsa), "bin/gaokai-lint", "--version");
    assertThat(offered.err()).as("what the launcher spares the user").contains("shared archive");
  }

  private Map<String, Entry> tarEntries() throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    try (InputStream in = Files.newInputStream(Dist.tarGz());
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        assertThat(e.getName()).startsWith(top);
        if (e.isDirectory()) {
          assertThat(e.getMode() & 0777).as(e.getName()).isEqualTo(0755);
          continue;
        }
        assertThat(e.isFile()).as("%s is a plain file", e.getName()).isTrue();
        entries.put(e.getName().substring(top.length()), new Entry(sha256(tar.readAllBytes()), e.getMode() & 0777));
      }
    }
    return entries;
  }

  private Map<String, Entry> zipEntries() throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    try (ZipFile zip = ZipFile.builder().setPath(Dist.zip()).get()) {
      for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
        assertThat(e.getName()).startsWith(top);
        if (e.isDirectory()) {
          continue;
        }
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName().substring(top.length()), new Entry(sha256(in.readAllBytes()), e.getUnixMode() & 0777));
        }
      }
    }
    return entries;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
