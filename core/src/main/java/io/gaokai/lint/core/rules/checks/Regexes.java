package io.gaokai.lint.core.rules.checks;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;

/** A user's regular expression, compiled with RE2/J: linear time, whatever the input. */
final class Regexes {

  private Regexes() {}

  static Pattern compile(Options options, String key, int flags) throws RuleDefinitionException {
    return compile(options, key, options.string(key), flags);
  }

  static Pattern compile(Options options, String key, String text, int flags) throws RuleDefinitionException {
    String tooLarge = RegexSize.problem(text);
    if (tooLarge != null) {
      throw options.error(key, tooLarge);
    }
    try {
      return Pattern.compile(text, flags);
    } catch (PatternSyntaxException e) {
      throw options.error(key, "无效的正则表达式 / invalid regular expression: " + e.getMessage());
    }
  }
}
