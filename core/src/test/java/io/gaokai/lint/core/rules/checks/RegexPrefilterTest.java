package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RegexPrefilterTest {

  /** The national rules' expressions, as national.yaml writes them. */
  private static final String CITATION = "国务院令第\\s*492\\s*号|国令第\\s*492\\s*号";
  private static final String RESIDUE =
      "(?:19|20)[XxＸｘ×]{2}\\s*年|[XxＸｘ×]{2,}\\s*(?:局|县|市|区|镇|乡|委|办|年度|单位)|共(?:主动)?公开(?:政府)?(?:信息)?条";

  @ParameterizedTest
  @ValueSource(strings = {
      "根据《中华人民共和国政府信息公开条例》（国务院令第492号）",
      "国令第 492 号",
      "（国务院令第　４９２号）", // the full-width digits are not 4, 9, 2: RE2 would not match either
  })
  void letsThroughEveryLineThatCitesTheOldRegulationAndRejectsOthers(String line) {
    RegexPrefilter f = RegexPrefilter.of(CITATION);
    assertThat(f.filters()).isTrue();
    assertThat(f.mayMatch(line)).isEqualTo(line.contains("492"));
    assertThat(f.mayMatch("本年度共主动公开政府信息 1234 条，其中文件 56 件。")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "XX局在20XX年,true",
      "某某单位ＸＸ年度,true",
      "本年共公开条,true",
      "本年共主动公开政府信息条,true",
      "2023年本机关共主动公开政府信息 1234 条,true", // has 共 公 开 条: the filter cannot know better
      "一、总体情况,false",
      "本机关 2023 年收到申请 12 件,false",
  })
  void theTemplateResidueExpressionNeedsAnXOrTheWordsOfACount(String line, boolean may) {
    assertThat(RegexPrefilter.of(RESIDUE).mayMatch(line)).isEqualTo(may);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "ab?c => ac => true",
      "ab?c => ab => false",
      "a(?:bc)*d => ad => true",
      "a{0}b => b => true",
      "a{2,}b => ab => true",
      "a{2,}b => b => false",
      "a+?b => ab => true",
      "a+?b => b => false",
      "x(?:1|2)y => x2y => true",
      "x(?:1|2)y => x3y => false",
      "x(?:1|)y => xy => true",
      "[abc]z => cz => true",
      "[abc]z => dz => false",
      "[^abc]z => dz => true",
      "[a-c]z => bz => true",
      "[a-c]z => dz => false",
      "[\\d]z => 5z => true",
      "[a-z]q => mq => true",
      "\\.x => .x => true",
      "\\.x => x => false",
      "\\s*国 => 国 => true",
      "(?P<n>甲)乙 => 甲乙 => true",
      "(?P<n>甲)乙 => 乙 => false",
      "a{,2}b => a{,2}b => true",
      "a{,2}b => ab => false",
  })
  void followsQuantifiersGroupsClassesAndEscapes(String regex, String line, boolean may) {
    assertThat(RegexPrefilter.of(regex).mayMatch(line)).as("%s on %s", regex, line).isEqualTo(may);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "(?i)abc", "(?i:abc)", "\\Qabc\\E", "\\x{56fd}", "\\p{Han}", "[[:alpha:]]x", "\\141",
      "a|", "|a", "", ".*", "\\d+", "[^a]", "𠀀", "a)", "(a",
  })
  void passesEveryLineWhenTheExpressionIsBeyondItOrNeedsNothing(String regex) {
    RegexPrefilter f = RegexPrefilter.of(regex);
    assertThat(f.filters()).isFalse();
    assertThat(f.mayMatch("")).isTrue();
    assertThat(f.mayMatch("完全无关的一行")).isTrue();
  }

  @Test
  void plainTextNeedsEachOfItsCharacters() {
    RegexPrefilter f = RegexPrefilter.ofLiteral("报告");
    assertThat(f.mayMatch("年度报告")).isTrue();
    assertThat(f.mayMatch("报表")).isFalse();
    assertThat(RegexPrefilter.ofLiteral("").filters()).isFalse();
  }

  @Test
  void largeSetsAreDroppedNotTested() {
    // [a-z] is 26 characters: dropped, so only 'q' is needed
    assertThat(RegexPrefilter.of("[a-z]q").mayMatch("1q")).isTrue();
    assertThat(RegexPrefilter.of("[a-z]q").mayMatch("az")).isFalse();
  }

  @Test
  void splitsTheExpressionIntoItsTopLevelAlternatives() {
    assertThat(RegexPrefilter.of("a|(b|c)|[|]x|\\|y").alternatives()).containsExactly("a", "(b|c)", "[|]x", "\\|y");
    assertThat(RegexPrefilter.of(RESIDUE).alternatives()).containsExactly(
        "(?:19|20)[XxＸｘ×]{2}\\s*年",
        "[XxＸｘ×]{2,}\\s*(?:局|县|市|区|镇|乡|委|办|年度|单位)",
        "共(?:主动)?公开(?:政府)?(?:信息)?条");
    assertThat(RegexPrefilter.of("a(b|c)").alternatives()).isNull();
    assertThat(RegexPrefilter.of("(?i)a|b").alternatives()).isNull();
  }

  @Test
  void tellsWhichAlternativesALineMayMatch() {
    RegexPrefilter f = RegexPrefilter.of(RESIDUE);
    assertThat(f.met("XX局在20XX年")).isEqualTo(0b011);
    assertThat(f.met("中国共产党，政府信息公开条例")).isEqualTo(0b100);
    assertThat(f.met("一、总体情况")).isZero();
    assertThat(RegexPrefilter.of("(?i)a").met("b")).isEqualTo(-1L);
  }
}
