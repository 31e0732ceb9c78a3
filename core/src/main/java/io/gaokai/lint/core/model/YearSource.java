package io.gaokai.lint.core.model;

/** Where the report year was taken from. */
public enum YearSource {
  TITLE("title", "标题", "title"),
  PERIOD("period", "统计期限", "statistical period"),
  BODY("body", "正文", "body text"),
  NONE("none", "无", "none");

  private final String id;
  private final String chinese;
  private final String english;

  YearSource(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  public String id() {
    return id;
  }

  public String label(boolean english) {
    return english ? this.english : chinese;
  }
}
