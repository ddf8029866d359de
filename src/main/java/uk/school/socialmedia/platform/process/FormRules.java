package uk.school.socialmedia.platform.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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

  /**
   * The longest text any form field may hold: the engine keeps a text variable in a column of
   * 4,000 characters on every database, and a longer one fails only when the step is saved.
   */
  public static final int LONGEST_TEXT = 4000;

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

  /**
   * A text of at most {@code max} characters when it is given (whether it must be given is
   * {@link #requireText}'s business). The form shows the same limit.
   */
  public FormRules limitText(String name, String label, int max) {
    if (max > LONGEST_TEXT) {
      throw new IllegalArgumentException(name + ": no text field may hold more than "
          + LONGEST_TEXT + " characters");
    }
    Object value = variables.getVariable(name);
    if (value != null && !(value instanceof String)) {
      problems.add("Please give " + label + " as text.");
    } else if (value instanceof String text && text.length() > max) {
      problems.add(capitalised(label) + ": too long, at most "
          + String.format(Locale.UK, "%,d", max) + " characters ("
          + String.format(Locale.UK, "%,d", text.length()) + " were sent).");
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

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** A text variable, trimmed; null when absent. */
  public static String text(VariableScope variables, String name) {
    Object value = variables.getVariable(name);
    return value instanceof String text ? text.trim() : null;
  }
}
