package io.gaokai.lint.core.model;

import java.util.List;

/** The six parts of the report (DOMAIN.md §3), with the key phrases a heading is recognised by. */
public enum PartKind {
  OVERVIEW(1, "一、总体情况", "overview", List.of("总体情况")),
  ACTIVE_DISCLOSURE(2, "二、主动公开政府信息情况", "proactive disclosure", List.of("主动公开")),
  APPLICATIONS(
      3, "三、收到和处理政府信息公开申请情况", "applications received and handled",
      List.of("收到和处理政府信息公开申请", "依申请公开")),
  REVIEW_LITIGATION(
      4, "四、政府信息公开行政复议、行政诉讼情况", "administrative review and litigation",
      List.of("行政复议", "行政诉讼")),
  PROBLEMS(5, "五、存在的主要问题及改进情况", "main problems and improvements", List.of("存在的主要问题", "存在问题", "主要问题")),
  OTHER(6, "六、其他需要报告的事项", "other matters to report", List.of("其他需要报告"));

  private final int number;
  private final String heading;
  private final String english;
  private final List<String> keyPhrases;

  PartKind(int number, String heading, String english, List<String> keyPhrases) {
    this.number = number;
    this.heading = heading;
    this.english = english;
    this.keyPhrases = keyPhrases;
  }

  /** 1 to 6. */
  public int number() {
    return number;
  }

  /** The canonical heading, e.g. {@code 一、总体情况}. */
  public String heading() {
    return heading;
  }

  public String englishName() {
    return english;
  }

  public List<String> keyPhrases() {
    return keyPhrases;
  }

  /** The Chinese numeral of the part, e.g. {@code 三}. */
  public String numeral() {
    return NUMERALS.get(number - 1);
  }

  public static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

  public static PartKind ofNumber(int n) {
    for (PartKind k : values()) {
      if (k.number == n) {
        return k;
      }
    }
    throw new IllegalArgumentException("no part " + n);
  }
}
