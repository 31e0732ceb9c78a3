package io.gaokai.lint.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML page of a report with a broken identity in headless Chromium, as a person would:
 * no console errors, and the screenshot shows the highlight colour of failed cells. The screenshot
 * is kept in {@code target/screenshots/} to look at. Skipped where Chromium is not installed.
 */
class HtmlChromiumTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** {@code --fail-bg} in html-report.css: the background of a failed identity's cell. */
  private static final int FAIL_BACKGROUND = 0xFFCCCC;

  @Test
  void thePageOpensWithoutErrorsAndShowsTheFailedCells(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed: apt-get install chromium");
    FileResult broken = ExampleReports.brokenIdentity().lint("北关区<工信局>&2023.txt");
    Path page = tmp.resolve("gaokai-lint.html");
    Files.writeString(page, ExampleReports.render("html", ExampleReports.context(Lang.ZH, Severity.ERROR, null), List.of(broken)), StandardCharsets.UTF_8);
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Path png = screenshots.resolve("html-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Path log = tmp.resolve("chromium.log");

    List<String> command = new ArrayList<>(List.of(
        CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + tmp.resolve("profile"), "--enable-logging=stderr", "--v=0",
        "--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString()));
    Process chromium = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = chromium.waitFor(90, TimeUnit.SECONDS);
    if (!done) {
      chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(done).as("Chromium finished within 90 s; its log:%n%s", output).isTrue();
    assertThat(chromium.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList())
        .as("console messages").isEmpty();
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    assertThat(distinctColours(image)).as("a page with text and tables, not a blank").isGreaterThan(100);
    assertThat(pixelsNear(image, FAIL_BACKGROUND, 6)).as("pixels of a failed cell's background").isGreaterThan(300);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }

  private static long pixelsNear(BufferedImage image, int rgb, int tolerance) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        if (Math.abs((p >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= tolerance
            && Math.abs((p >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= tolerance
            && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance) {
          n++;
        }
      }
    }
    return n;
  }
}
