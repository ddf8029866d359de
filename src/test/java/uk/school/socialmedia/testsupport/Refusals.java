package uk.school.socialmedia.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Asserts that the engine refused a call because of a policy rule. Camunda wraps what a listener
 * throws ("Exception while invoking TaskListener"), so the rule is looked for in the causes.
 */
public final class Refusals {

  private Refusals() {}

  public static RuleViolation assertRefused(ThrowingCallable call) {
    RuleViolation[] found = new RuleViolation[1];
    assertThatThrownBy(call).satisfies(thrown -> {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof RuleViolation violation) {
          found[0] = violation;
          return;
        }
      }
      throw new AssertionError("Expected a refusal by a policy rule, but got " + thrown, thrown);
    });
    return found[0];
  }
}
