package io.gaokai.lint.core.model;

import java.util.List;

/**
 * One of the parts of the report, as the format document declares it.
 *
 * @param number its position, from 1
 * @param heading the canonical heading, numeral included
 * @param english its name in English
 * @param keyPhrases phrases that a heading's words hold for the heading to be this part's
 * @param variants other wordings of the heading that compliant reports use
 */
public record PartKind(int number, String heading, String english, List<String> keyPhrases, List<String> variants) {

  public PartKind {
    keyPhrases = List.copyOf(keyPhrases);
    variants = List.copyOf(variants);
  }

  public String englishName() {
    return english;
  }

  /** The Chinese numeral of the part, e.g. {@code 三}. */
  public String numeral() {
    return ChineseNumerals.of(number);
  }
}
