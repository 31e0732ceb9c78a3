package io.gaokai.lint.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArtifactLocationTest {

  private static final Path BASE = Path.of("/repo").toAbsolutePath();

  @Test
  void aFileInsideTheBaseIsRelativeWithSlashes() {
    ArtifactLocation l = ArtifactLocation.of("reports/2023/a.txt", BASE);

    assertThat(l.relative()).isTrue();
    assertThat(l.uri()).isEqualTo("reports/2023/a.txt");
  }

  @Test
  void anAbsolutePathInsideTheBaseIsMadeRelative() {
    assertThat(ArtifactLocation.of(BASE.resolve("src/reports/r.txt").toString(), BASE).uri()).isEqualTo("src/reports/r.txt");
  }

  @Test
  void chineseNamesSpacesAndReservedCharactersArePercentEncodedAsUtf8() throws Exception {
    ArtifactLocation l = ArtifactLocation.of("报告/北关区 工信局#2023?.txt", BASE);

    assertThat(l.uri())
        .isEqualTo("%E6%8A%A5%E5%91%8A/%E5%8C%97%E5%85%B3%E5%8C%BA%20%E5%B7%A5%E4%BF%A1%E5%B1%80%232023%3F.txt")
        .isEqualTo(new URI(null, null, "报告/北关区 工信局#2023?.txt", null).toASCIIString().replace("?", "%3F"));
    assertThat(URI.create(l.uri()).getPath()).isEqualTo("报告/北关区 工信局#2023?.txt");
  }

  @Test
  void aColonInTheFirstSegmentIsEncodedSoItCannotReadAsAScheme() {
    assertThat(ArtifactLocation.of("c:d.txt", BASE).uri()).isEqualTo("c%3Ad.txt");
  }

  @Test
  void aFileOutsideTheBaseIsAnAbsoluteFileUri() {
    ArtifactLocation l = ArtifactLocation.of("../other/种子.txt", BASE);

    assertThat(l.relative()).isFalse();
    assertThat(l.uri()).isEqualTo(BASE.getParent().resolve("other/种子.txt").toUri().toASCIIString());
  }

  @Test
  void theBaseDirectoryUriEndsInASlash() {
    assertThat(ArtifactLocation.directoryUri(BASE.resolve("工作"))).isEqualTo("file:///repo/%E5%B7%A5%E4%BD%9C/");
    assertThat(ArtifactLocation.directoryUri(BASE)).endsWith("/");
  }
}
