package io.gaokai.lint.core.rules;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
  ERROR("错误"),
  WARNING("警告"),
  INFO("提示");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  /** The id used in rule files, JSON and on the command line: {@code error}, {@code warning}, {@code info}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label(boolean english) {
    return english ? id() : chinese;
  }

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity fromId(String id) {
    for (Severity s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity: " + id);
  }
}
