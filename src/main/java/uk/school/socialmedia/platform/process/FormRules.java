package uk.school.socialmedia.platform.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of what a form (or a REST caller) submitted. Collects every problem, in
 * words a school user understands, then refuses them all at once with {@link RuleViolation}.
 *
 * <pre>
 * FormRules.of(execution)
 *     .requireText("channelName", "the channel's name")
 *     .requireOneOf("purpose", List.of("EDUCATIONAL", "COMMUNITY_ENGAGEMENT"), "the purpose")
 *     .check();
 * </pre>
 */
public final class FormRules {

  private final VariableScope variables;
  private final List<String> problems = new ArrayList<>();

  private FormRules(VariableScope variables) {
    this.variables = variables;
  }

  public static FormRules of(VariableScope variables) {
    return new FormRules(variables);
  }

  /** A text that is present and not only blanks (form-js submits empty text areas as ""). */
  public FormRules requireText(String name, String label) {
    Object value = variables.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      problems.add("Please give " + label + ".");
    }
    return this;
  }

  public FormRules requireOneOf(String name, Collection<String> allowed, String label) {
    Object value = variables.getVariable(name);
    if (!(value instanceof String text) || !allowed.contains(text)) {
      problems.add("Please choose " + label + " (one of " + String.join(", ", allowed) + ").");
    }
    return this;
  }

  public FormRules requireBoolean(String name, String label) {
    if (!(variables.getVariable(name) instanceof Boolean)) {
      problems.add("Please say " + label + " (yes or no).");
    }
    return this;
  }

  /** A checkbox that must be ticked, such as one commitment of the AUP. */
  public FormRules requireTrue(String name, String statement) {
    if (!Boolean.TRUE.equals(variables.getVariable(name))) {
      problems.add("Please confirm: " + statement);
    }
    return this;
  }

  /** A whole number within bounds (form-js submits numbers as Integer or Long). */
  public FormRules requireNumberBetween(String name, long min, long max, String label) {
    Object value = variables.getVariable(name);
    if (!(value instanceof Number number) || number.longValue() < min
        || number.longValue() > max) {
      problems.add("Please give " + label + " as a number from " + min + " to " + max + ".");
    }
    return this;
  }

  /** Any other rule: adds the message when the value fails the test. */
  public <T> FormRules require(String name, Class<T> type, Predicate<T> test, String message) {
    Object value = variables.getVariable(name);
    if (!type.isInstance(value) || !test.test(type.cast(value))) {
      problems.add(message);
    }
    return this;
  }

  /** A rule that does not depend on one variable. */
  public FormRules require(boolean condition, String message) {
    if (!condition) {
      problems.add(message);
    }
    return this;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public void check() {
    if (!problems.isEmpty()) {
      throw new RuleViolation(problems);
    }
  }

  /** A text variable, trimmed; null when absent. */
  public static String text(VariableScope variables, String name) {
    Object value = variables.getVariable(name);
    return value instanceof String text ? text.trim() : null;
  }
}
