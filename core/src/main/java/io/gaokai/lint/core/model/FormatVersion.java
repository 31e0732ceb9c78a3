package io.gaokai.lint.core.model;

/** Which national format a report follows. */
public enum FormatVersion {
  /** Free structure used up to report year 2018, before 国务院令第711号. */
  PRE_2019("pre2019", "2019年以前的格式", "pre-2019 format"),
  /** 国办公开办函〔2019〕60号, report years 2019 and 2020. */
  V2019("2019", "2019年版格式", "2019 format"),
  /** 国办公开办函〔2021〕30号, report years from 2021. */
  V2021("2021", "2021年版格式", "2021 format"),
  /** No table labels and no year to tell by. */
  UNKNOWN("unknown", "未能识别的格式", "unknown format");

  private final String id;
  private final String chinese;
  private final String english;

  FormatVersion(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /** The id used in rule files and JSON: {@code 2019}, {@code 2021}, {@code pre2019}. */
  public String id() {
    return id;
  }

  public String label(boolean english) {
    return english ? this.english : chinese;
  }

  public static FormatVersion fromId(String id) {
    for (FormatVersion v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The format a report of this year should use. */
  public static FormatVersion expectedFor(int year) {
    if (year <= 2018) {
      return PRE_2019;
    }
    return year <= 2020 ? V2019 : V2021;
  }
}
