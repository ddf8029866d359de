package uk.school.socialmedia.consent;

import static uk.school.socialmedia.consent.ConsentVariables.DATE_ON_FORM;
import static uk.school.socialmedia.consent.ConsentVariables.LEARNER;
import static uk.school.socialmedia.consent.ConsentVariables.LEARNER_LENGTH;
import static uk.school.socialmedia.consent.ConsentVariables.PARENT_NAME;
import static uk.school.socialmedia.consent.ConsentVariables.PARENT_NAME_LENGTH;
import static uk.school.socialmedia.consent.ConsentVariables.PARENT_RELATIONSHIP;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * The rules every answer from a parent or carer meets, given or withdrawn: a learner on the
 * register, who answered (name and relationship) and the date on their form, not in the future.
 */
@Component
class ParentAnswerRules {

  private final ConsentRegister register;
  private final Clock clock;

  ParentAnswerRules(ConsentRegister register, Clock clock) {
    this.register = register;
    this.clock = clock;
  }

  /** Adds to the check: the learner's reference is given and on the register. */
  FormRules learnerOnRegister(FormRules check, VariableScope variables) {
    String reference = FormRules.text(variables, LEARNER);
    return check
        .requireText(LEARNER, "the learner's school reference")
        .limitText(LEARNER, "the learner's school reference", LEARNER_LENGTH)
        .require(reference == null || reference.isEmpty()
                || register.learner(reference).isPresent(),
            "There is no learner with the school reference '" + reference + "' on the register.");
  }

  /** Adds to the check: who answered, their relationship and the date on their form. */
  FormRules parentAnswer(FormRules check) {
    return check
        .requireText(PARENT_NAME, "the name of the parent or carer who answered")
        .limitText(PARENT_NAME, "the name of the parent or carer", PARENT_NAME_LENGTH)
        .requireOneOf(PARENT_RELATIONSHIP,
            Arrays.stream(Relationship.values()).map(Enum::name).toList(),
            "their relationship to the learner")
        .require(DATE_ON_FORM, String.class, this::isPastOrToday,
            "Please give the date on the parent's or carer's form (a date, not in the future).");
  }

  /** The purposes whose checkbox with the prefix is ticked. */
  static Set<ConsentPurpose> ticked(VariableScope variables, String prefix) {
    Set<ConsentPurpose> ticked = EnumSet.noneOf(ConsentPurpose.class);
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      if (Boolean.TRUE.equals(variables.getVariable(purpose.formField(prefix)))) {
        ticked.add(purpose);
      }
    }
    return ticked;
  }

  /** The date as the form's date field submits it (yyyy-MM-dd). */
  static LocalDate dateOnForm(VariableScope variables) {
    return LocalDate.parse(FormRules.text(variables, DATE_ON_FORM));
  }

  private boolean isPastOrToday(String text) {
    try {
      return !LocalDate.parse(text.trim()).isAfter(LocalDate.now(clock));
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
