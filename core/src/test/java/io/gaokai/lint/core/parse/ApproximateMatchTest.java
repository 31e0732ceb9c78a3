package io.gaokai.lint.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApproximateMatchTest {

  @Test
  void findsATypoInsideGluedText() {
    ApproximateMatch m = ApproximateMatch.find("2.其他法律行政法规禁止公开", "(三)不予公开2.他法律行政法规禁止公开");
    assertThat(m.distance()).isEqualTo(1);
    assertThat("(三)不予公开2.他法律行政法规禁止公开".substring(m.start(), m.end())).isEqualTo("2.他法律行政法规禁止公开");
  }

  @Test
  void exactOccurrenceHasDistanceZero() {
    ApproximateMatch m = ApproximateMatch.find("总计", "(七)总计");
    assertThat(m).isEqualTo(new ApproximateMatch(0, 3, 5));
  }

  @Test
  void beginningOfALabelAtTheEndOfTheText() {
    String label = "1.申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请";
    String text = "(六)其他处理1.申请人无正当理由逾期不补正,行政机关不再处理其政府信";
    ApproximateMatch m = ApproximateMatch.prefixAtEnd(label, text, 8);
    assertThat(m.distance()).isZero();
    assertThat(text.substring(m.start())).startsWith("1.申请人");
    assertThat(ApproximateMatch.prefixAtEnd("短", text, 8)).isNull();
  }

  @Test
  void editDistanceAndSubsequence() {
    assertThat(ApproximateMatch.distance("无正当理由大量反复申请", "无正当理由由大量反复申请")).isEqualTo(1);
    assertThat(ApproximateMatch.isSubsequence("社会公益组织", "社会 法律 总计 商业 科研 公益 服务 其他 企业 机构 组织")).isTrue();
    assertThat(ApproximateMatch.isSubsequence("法律服务机构", "社会公益组织")).isFalse();
  }

  @Test
  void longTextsAreBounded() {
    String text = "无关".repeat(5000) + "（七）总计";
    ApproximateMatch m = ApproximateMatch.find("(七)总计", NormalizedText.normalize(text));
    assertThat(m.distance()).isZero();
    assertThat(m.end()).isEqualTo(NormalizedText.normalize(text).length());
  }
}
