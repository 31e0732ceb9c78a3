package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Deferred rule sets (the built-in rules a lint run loads in the background). */
class DeferredRuleSetTest {

  private static final String RULES = """
      rules:
        - id: cite-492
          type: pattern
          literal: 国务院令第492号
          category: text
          severity: error
          message: 旧条例
          description: 旧条例。
      """;

  @Test
  void aDeferredSetIsBuiltOnceOnFirstUse() throws RuleDefinitionException {
    RuleSet rules = new RuleSetLoader().text("x.yaml", RULES);
    AtomicInteger calls = new AtomicInteger();
    RuleSet deferred = RuleSet.deferred("x", () -> {
      calls.incrementAndGet();
      return rules;
    });
    assertThat(calls).hasValue(0);
    assertThat(deferred.name()).isEqualTo("x");
    assertThat(calls).hasValue(0);
    assertThat(deferred.rule("cite-492")).isPresent();
    assertThat(deferred.size()).isEqualTo(1);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aBuiltInSetThatDoesNotExistFailsWhenUsedNotWhenDeferred() {
    RuleSet missing = new RuleSetLoader().builtInDeferred("no-such-set");
    assertThatThrownBy(missing::rules).isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-set");
  }
}
