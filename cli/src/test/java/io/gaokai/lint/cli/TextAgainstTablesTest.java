package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A number in the text that contradicts table 三 (the fixture of text-applications-received: the
 * text says 8 received, the table 6 new) reaches every output, and the HTML page shows the
 * sentence beside the cells it was compared with.
 */
class TextAgainstTablesTest {

  private static final Path FIXTURE = Path.of("..", "rules", "src", "main", "resources", "io", "gaokai", "lint", "rules", "fixtures",
      "national", "text-applications-received", "fires-eight-received-six-new.md");

  @TempDir Path tmp;

  @Test
  void everyOutputCarriesTheFindingAndTheHtmlShowsSentenceAndCells() throws IOException {
    Path report = Files.copy(FIXTURE, tmp.resolve("beiguan-2023.md"));
    for (String format : new String[] {"json", "sarif", "junit", "csv", "text"}) {
      assertThat(CliRunner.run(report.toString(), "-f", format).out()).as(format).contains("text-applications-received");
    }
    Document page = Jsoup.parse(CliRunner.run(report.toString(), "-f", "html").out());

    var finding = page.selectFirst("li[data-rule=text-applications-received]");
    assertThat(finding).isNotNull();
    assertThat(finding.select(".versus .sentence").text()).contains("共收到政府信息公开申请8件");
    assertThat(finding.select(".versus .cells tr").eachText())
        .contains("一、本年新收政府信息公开申请数量 · 总计 6", "二、上年结转政府信息公开申请数量 · 总计 1");
    assertThat(CliRunner.run(report.toString(), "-f", "json").out()).contains("\"cells\"").contains("\"carriedOver\"");
  }
}
