package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RegexPrefilterTest {

  /** The filter on one line, through the line signatures a report's document keeps. */
  static long met(RegexPrefilter filter, String line) {
    return filter.met(line);
  }

  /** Whether a match of the filter's expression may lie within {@code line}. */
  static boolean mayMatch(RegexPrefilter filter, String line) {
    return met(filter, line) != 0;
  }

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
    assertThat(mayMatch(f, line)).isEqualTo(line.contains("492"));
    assertThat(mayMatch(f, "本年度共主动公开政府信息 1234 条，其中文件 56 件。")).isFalse();
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
    assertThat(mayMatch(RegexPrefilter.of(RESIDUE), line)).isEqualTo(may);
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
    assertThat(mayMatch(RegexPrefilter.of(regex), line)).as("%s on %s", regex, line).isEqualTo(may);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "(?i)abc", "(?i:abc)", "\\Qabc\\E", "\\x{56fd}", "\\p{Han}", "[[:alpha:]]x", "\\141",
      "a|", "|a", "", ".*", "\\d+", "[^a]", "𠀀", "a)", "(a",
  })
  void passesEveryLineWhenTheExpressionIsBeyondItOrNeedsNothing(String regex) {
    RegexPrefilter f = RegexPrefilter.of(regex);
    assertThat(f.filters()).isFalse();
    assertThat(mayMatch(f, "")).isTrue();
    assertThat(mayMatch(f, "完全无关的一行")).isTrue();
  }

  @Test
  void plainTextNeedsEachOfItsCharacters() {
    RegexPrefilter f = RegexPrefilter.ofLiteral("报告");
    assertThat(mayMatch(f, "年度报告")).isTrue();
    assertThat(mayMatch(f, "报表")).isFalse();
    assertThat(RegexPrefilter.ofLiteral("").filters()).isFalse();
  }

  @Test
  void largeSetsAreDroppedNotTested() {
    // [a-z] is 26 characters: dropped, so only 'q' is needed
    assertThat(mayMatch(RegexPrefilter.of("[a-z]q"), "1q")).isTrue();
    assertThat(mayMatch(RegexPrefilter.of("[a-z]q"), "az")).isFalse();
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
    assertThat(met(f, "XX局在20XX年")).isEqualTo(0b011);
    assertThat(met(f, "中国共产党，政府信息公开条例")).isEqualTo(0b100);
    assertThat(met(f, "一、总体情况")).isZero();
    assertThat(met(RegexPrefilter.of("(?i)a"), "b")).isEqualTo(-1L);
  }
}
