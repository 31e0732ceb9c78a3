package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.Lang;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}, shared by the rules commands. */
public final class LanguageOption {

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "输出语言 / language of the output: zh, en (default: ${DEFAULT-VALUE})")
  String lang;

  /** The language asked for; throws, with a message for the user, for an unknown one. */
  Lang lang() {
    try {
      return Lang.fromId(lang);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(LintCommand.badValue("--lang", lang, java.util.List.of("zh", "en"), id -> false), e);
    }
  }
}
