package uk.school.socialmedia.audit.retention;

import uk.school.socialmedia.concern.ConcernVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.consent.Learner;
import uk.school.socialmedia.consent.LearnerProperties;
import uk.school.socialmedia.consent.LearnerRepository;
import uk.school.socialmedia.platform.EngineClock;
import uk.school.socialmedia.platform.process.RuleViolation;

/**
 * Decides how long a concern is kept, when its handlers record what the decision needs: at the
 * LADO decision for an allegation (the person's date of birth, required there), at triage for a
 * concern about a learner (the date of birth, or the school reference looked up in the learner
 * register). The facts are frozen into the decision as they are now. A learner's date of birth
 * that no learner of the school could have ({@link LearnerProperties}) is refused, whether typed at
 * triage or found in the register. Runs after the step's validation listener.
 */
@Component("recordRetentionDecision")
class RecordRetentionDecision implements TaskListener {

  private final RetentionDecisions decisions;
  private final RetentionProperties properties;
  private final LearnerRepository learners;
  private final LearnerProperties ages;
  private final IdentityService identity;
  private final Clock clock;

  RecordRetentionDecision(RetentionDecisions decisions, RetentionProperties properties,
      LearnerRepository learners, LearnerProperties ages, IdentityService identity, Clock clock) {
    this.decisions = decisions;
    this.properties = properties;
    this.learners = learners;
    this.ages = ages;
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object route = task.getVariable(ConcernVariables.ROUTE);
    if ("STAFF_ALLEGATION".equals(route) || "HEAD_ALLEGATION".equals(route)) {
      LocalDate birthday = date(task.getVariable(ConcernVariables.SUBJECT_DATE_OF_BIRTH));
      if (birthday != null) {
        decisions.decide(task.getProcessInstanceId(), RetentionClass.ALLEGATION,
            birthday.plusYears(properties.normalRetirementAge()), null, birthday,
            "Allegation: until the person's normal retirement age ("
                + properties.normalRetirementAge() + ") or " + properties.allegationsKeptAtLeast()
                + " after the concern closes, whichever is later", actor(task));
      }
    } else if ("LEARNER".equals(task.getVariable(ConcernVariables.ABOUT_WHOM))) {
      decideForLearner(task);
    }
  }

  private void decideForLearner(DelegateTask task) {
    LocalDate today = LocalDate.now(clock);
    String reference = task.getVariable(ConcernVariables.LEARNER_REFERENCE) instanceof String text
        && !text.isBlank() ? text.trim() : null;
    LocalDate birthday = date(task.getVariable(ConcernVariables.LEARNER_DATE_OF_BIRTH));
    String source = "the date of birth recorded at triage";
    if (birthday != null) {
      ages.implausibleForTheSchool(birthday, today).ifPresent(problem -> {
        throw new RuleViolation("Please check the learner's date of birth: " + problem + ".");
      });
    } else if (reference != null) {
      Learner learner = learners.findById(reference).orElse(null);
      if (learner != null) {
        birthday = learner.getDateOfBirth();
        source = "the date of birth in the learner register";
        ages.implausibleForYearGroup(birthday, learner.getYearGroup(), today)
            .ifPresent(problem -> {
              throw new RuleViolation("The learner register's record for this learner cannot "
                  + "decide how long the concern is kept (" + problem + "). Please give the "
                  + "learner's date of birth, and ask the office to correct the register.");
            });
      }
    }
    int age = properties.learnerRecordsUntilAge();
    if (birthday == null) {
      decisions.decide(task.getProcessInstanceId(), RetentionClass.CHILD_PROTECTION, null,
          reference, null, "Learner's date of birth unknown: kept for the process model's time "
              + "to live after the concern closes", actor(task));
    } else {
      decisions.decide(task.getProcessInstanceId(), RetentionClass.CHILD_PROTECTION,
          birthday.plusYears(age), reference, birthday, "Concern about a learner: until the "
              + "learner is " + age + " (from " + source + ")", actor(task));
    }
  }

  /** The assignee, or the signed-in user when a REST caller completes an unclaimed task. */
  private String actor(DelegateTask task) {
    Authentication current = identity.getCurrentAuthentication();
    return task.getAssignee() != null ? task.getAssignee()
        : current == null ? null : current.getUserId();
  }

  /** A date as form-js submits it ("2012-05-01", possibly with a time) or as a Java date. */
  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), EngineClock.SCHOOL_ZONE);
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    String day = text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim();
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
