package uk.school.socialmedia.platform.process;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A rule of the policy refused what someone submitted. Thrown from listeners and delegates, it
 * rolls the whole step back (nothing changes) and reaches the caller as HTTP 400 with the
 * rule's message alone, on every REST surface ({@link RuleViolationResponses}).
 */
public class RuleViolation extends FormFieldValidationException {

  private final List<String> problems;

  public RuleViolation(List<String> problems) {
    super(List.copyOf(problems), String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public RuleViolation(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
