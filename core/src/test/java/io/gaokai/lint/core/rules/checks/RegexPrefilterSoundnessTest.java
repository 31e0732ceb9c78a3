package io.gaokai.lint.core.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The prefilter must never reject a line on which RE2/J finds a match, and the alternatives it lets
 * through must find a match exactly when the whole expression does: random expressions over a small
 * alphabet, random lines over the same alphabet, so matches are frequent.
 */
class RegexPrefilterSoundnessTest {

  private static final String ALPHABET = "ab1国X -.";
  private static final String[] ATOMS = {
      "a", "b", "1", "国", "X", "\\.", ".", "\\s", "\\d", "\\w", "[ab]", "[^a]", "[a-c]", "[1X国]", "[-a]",
      "[]a]", "[\\.b]", "[a-]", "^", "$", "\\b", "{", "}", "\\-", "\\ ",
  };
  private static final String[] QUANTIFIERS = {"", "", "", "*", "+", "?", "{2}", "{0,1}", "{1,}", "*?", "+?", "{2,3}?"};

  private final Random random = new Random(20261128);

  private String expression(int depth) {
    StringBuilder re = new StringBuilder();
    int alternatives = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
    for (int a = 0; a < alternatives; a++) {
      if (a > 0) {
        re.append('|');
      }
      int items = random.nextInt(4) + (random.nextInt(8) == 0 ? 0 : 1);
      for (int i = 0; i < items; i++) {
        if (depth < 3 && random.nextInt(5) == 0) {
          String[] opens = {"(", "(?:", "(?P<g" + depth + i + ">"};
          re.append(opens[random.nextInt(opens.length)]).append(expression(depth + 1)).append(')');
        } else {
          re.append(ATOMS[random.nextInt(ATOMS.length)]);
        }
        re.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
      }
    }
    return re.toString();
  }

  private String line() {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @Test
  void neverRejectsALineThatMatches() {
    int compiled = 0;
    int matches = 0;
    int rejected = 0;
    int split = 0;
    for (int e = 0; e < 3000; e++) {
      String regex = expression(0);
      Pattern pattern;
      try {
        pattern = Pattern.compile(regex, Pattern.MULTILINE);
      } catch (PatternSyntaxException ex) {
        continue;
      }
      compiled++;
      RegexPrefilter filter = RegexPrefilter.of(regex);
      String[] sources = filter.alternatives();
      for (int l = 0; l < 60; l++) {
        String line = line();
        boolean matched = pattern.matcher(line).find();
        boolean may = RegexPrefilterTest.mayMatch(filter, line);
        if (sources != null) {
          split++;
          long met = RegexPrefilterTest.met(filter, line);
          boolean alternativeFinds = false;
          for (int i = 0; i < sources.length; i++) {
            alternativeFinds |= (met & (1L << i)) != 0 && Pattern.compile(sources[i], Pattern.MULTILINE).matcher(line).find();
          }
          assertThat(alternativeFinds).as("%s and its alternatives disagree on %s", regex, line).isEqualTo(matched);
        }
        if (matched) {
          matches++;
          assertThat(may).as("%s rejected %s, which it matches", regex, line).isTrue();
        } else if (!may) {
          rejected++;
        }
      }
    }
    // the test is only worth something if it tried many expressions, saw matches and saw rejections
    assertThat(compiled).isGreaterThan(1500);
    assertThat(matches).isGreaterThan(10_000);
    assertThat(rejected).isGreaterThan(10_000);
    assertThat(split).isGreaterThan(10_000);
  }
}
