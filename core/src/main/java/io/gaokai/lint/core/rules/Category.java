package io.gaokai.lint.core.rules;

import java.util.Locale;

/** What kind of defect a finding reports; outputs name it by {@link #id()} (README, "JSON"). */
public enum Category {
  /** Parts missing, duplicated, misordered, misnumbered. */
  SECTION("章节", "section"),
  /** A table, row, column or cell missing, altered or non-numeric. */
  TABLE("表格", "table"),
  /** An arithmetic identity fails. */
  IDENTITY("勾稽关系", "identity"),
  /** The fee statement is missing or wrong. */
  FEE("信息处理费", "fee"),
  /** The statistical period or year is wrong or inconsistent. */
  PERIOD("统计期限", "period"),
  /** The wrong format version for the year. */
  TEMPLATE("格式版本", "template"),
  /** Other content rules. */
  TEXT("文字内容", "text"),
  /** The document could not be understood. */
  INPUT("输入", "input");

  private final String chinese;
  private final String english;

  Category(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label(boolean english) {
    return english ? this.english : chinese;
  }

  public static Category fromId(String id) {
    for (Category c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category: " + id);
  }
}
