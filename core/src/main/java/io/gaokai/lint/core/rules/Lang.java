package io.gaokai.lint.core.rules;

/** The language of messages for users: Chinese first, English available. */
public enum Lang {
  ZH,
  EN;

  public boolean english() {
    return this == EN;
  }

  public static Lang fromId(String id) {
    return switch (id) {
      case "zh", "zh-CN", "zh_CN" -> ZH;
      case "en", "en-US", "en_US" -> EN;
      default -> throw new IllegalArgumentException("unknown language: " + id + " (zh or en)");
    };
  }
}
