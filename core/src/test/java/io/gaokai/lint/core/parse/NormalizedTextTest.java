package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

  @Test
  void foldsWidthSpacesQuotesBulletsAndEnumerationCommas() {
    assertThat(NormalizedText.normalize(" • （三） 危及“三安全一稳定”")).isEqualTo("(三)危及三安全一稳定");
    assertThat(NormalizedText.normalize("1、申请人无正当理由逾期不补正，行政机关")).isEqualTo("1.申请人无正当理由逾期不补正,行政机关");
    assertThat(NormalizedText.normalize("商业 企业")).isEqualTo("商业企业");
    assertThat(NormalizedText.normalize("本年收费金额（单位：万元）")).isEqualTo("本年收费金额(单位:万元)");
  }

  @Test
  void mapsBackToSourceColumns() {
    NormalizedText t = NormalizedText.of("一、本年\t三新收", 0);
    assertThat(t.text()).isEqualTo("一,本年三新收");
    assertThat(t.sourceColumns()).containsExactly(0, 1, 2, 3, 5, 6, 7);
  }
}
