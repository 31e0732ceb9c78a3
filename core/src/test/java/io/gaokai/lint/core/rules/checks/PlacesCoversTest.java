package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A summed term covers its own column and the columns below it (key, key.x), nothing else. */
class PlacesCoversTest {

  @Test
  void aKeyCoversItselfAndTheKeysBelowIt() {
    assertThat(Places.covers("review", "review")).isTrue();
    assertThat(Places.covers("review", "review.upheld")).isTrue();
    assertThat(Places.covers("review.upheld", "review.upheld.partly")).isTrue();
  }

  @Test
  void aKeyThatOnlyStartsTheSameIsNotCovered() {
    // the active disclosure table has both: published must not take in publishedTotal
    assertThat(Places.covers("published", "publishedTotal")).isFalse();
    assertThat(Places.covers("review.upheld", "review")).isFalse();
    assertThat(Places.covers("review", "reviewed.x")).isFalse();
  }
}
