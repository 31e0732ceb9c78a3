package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> FORMATS = List.of("csv", "html", "json", "junit", "sarif", "text");

  @Test
  void suggestsTheClosestNameForATypoASwapOrAMissingLetter() {
    assertThat(DidYouMean.closest("sarfi", FORMATS)).contains("sarif");
    assertThat(DidYouMean.closest("jsno", FORMATS)).contains("json");
    assertThat(DidYouMean.closest("JUNIT", FORMATS)).contains("junit");
    assertThat(DidYouMean.closest("fee-statment-missing", List.of("fee-statement-missing", "period-missing")))
        .contains("fee-statement-missing");
  }

  @Test
  void ofEquallyCloseNamesOneOfTheSameLengthWins() {
    assertThat(DidYouMean.closest("htlm", List.of("htm", "html"))).contains("html");
  }

  @Test
  void suggestsNothingForAFarNameOrAKnownOne() {
    assertThat(DidYouMean.closest("xlsx", FORMATS)).isEmpty();
    assertThat(DidYouMean.closest("sarif", FORMATS)).isEmpty();
    assertThat(DidYouMean.closest("", FORMATS)).isEmpty();
    assertThat(DidYouMean.hint("xlsx", FORMATS)).containsExactly("", "");
  }
}
