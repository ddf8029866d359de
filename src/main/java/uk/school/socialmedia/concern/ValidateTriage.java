package uk.school.socialmedia.concern;

import static uk.school.socialmedia.concern.ConcernVariables.ABOUT_WHOM;
import static uk.school.socialmedia.concern.ConcernVariables.LEARNER_REFERENCE_LENGTH;
import static uk.school.socialmedia.concern.ConcernVariables.NARRATIVE_LENGTH;
import static uk.school.socialmedia.concern.ConcernVariables.SHORT_TEXT_LENGTH;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport.Subject;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Triage (KCSIE record keeping): a category from the fixed list, a decision with its reasons
 * (including "no further action" and "no referral"), the referral when there is one, and whether
 * parents or carers are told and why either way. A concern about a learner also needs the
 * learner's date of birth or school reference: the record is kept until the learner is 25.
 */
@Component("validateTriage")
class ValidateTriage implements TaskListener {

  private final IdentityService identity;
  private final Clock clock;

  ValidateTriage(IdentityService identity, Clock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean referral = TriageDecision.CHILD_PROTECTION_REFERRAL.name()
        .equals(task.getVariable(ConcernVariables.DECISION));
    boolean aboutLearner = Subject.LEARNER.name().equals(task.getVariable(ABOUT_WHOM));
    LocalDate today = LocalDate.now(clock);
    LocalDate referralDate = ConcernSteps.date(task, "referralDate");
    LocalDate birthday = ConcernSteps.date(task, ConcernVariables.LEARNER_DATE_OF_BIRTH);
    FormRules.of(task)
        .requireOneOf(ConcernVariables.CATEGORY, names(ConcernCategory.values()), "the category")
        .requireOneOf(ConcernVariables.DECISION, names(TriageDecision.values()), "the decision")
        .requireText("decisionRationale", "the reasons for the decision")
        .limitText("decisionRationale", "the reasons for the decision", NARRATIVE_LENGTH)
        .limitText("referralReference", "the children's social care reference",
            SHORT_TEXT_LENGTH)
        .limitText(ConcernVariables.LEARNER_REFERENCE, "the learner's school reference",
            LEARNER_REFERENCE_LENGTH)
        .require(!referral || referralDate != null && !referralDate.isAfter(today),
            "Please give the date of the referral to children's social care.")
        .require(!referral || FormRules.text(task, "referralReference") != null
                && !FormRules.text(task, "referralReference").isEmpty(),
            "Please give the children's social care reference or contact for the referral.")
        .requireOneOf(ConcernVariables.PARENTS_TOLD, List.of("TOLD", "NOT_TOLD"),
            "whether parents or carers are being told")
        .requireText("parentsToldRationale", "why parents or carers are (or are not) being told")
        .limitText("parentsToldRationale", "why parents or carers are (or are not) being told",
            NARRATIVE_LENGTH)
        .require(!aboutLearner || birthday != null && birthday.isBefore(today)
                || FormRules.text(task, ConcernVariables.LEARNER_REFERENCE) != null
                && !FormRules.text(task, ConcernVariables.LEARNER_REFERENCE).isEmpty(),
            "Please give the learner's date of birth or school reference.")
        .check();
    task.getExecution().setVariable(ConcernVariables.REFERRAL_MADE, referral);
    ConcernSteps.recordActor(task, identity, "triagedBy");
    ConcernSteps.comment(task, "Triage: " + task.getVariable(ConcernVariables.CATEGORY)
        + ", decision " + task.getVariable(ConcernVariables.DECISION) + ". Reasons: "
        + FormRules.text(task, "decisionRationale")
        + " Parents/carers " + task.getVariable(ConcernVariables.PARENTS_TOLD) + ": "
        + FormRules.text(task, "parentsToldRationale"));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
