package uk.school.socialmedia.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * The case manager's decision whether to consult the LADO, with its reasons either way, and the
 * LADO's advice when consulted. The date of birth of the person the allegation is about is
 * required: the record is kept until their normal retirement age (docs/retention.md).
 */
@Component("validateLadoDecision")
class ValidateLadoDecision implements TaskListener {

  static final String CONSULT_LADO = "CONSULT_LADO";

  private final IdentityService identity;
  private final Clock clock;

  ValidateLadoDecision(IdentityService identity, Clock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean consulted = CONSULT_LADO.equals(task.getVariable(ConcernVariables.LADO_DECISION));
    LocalDate birthday = ConcernSteps.date(task, ConcernVariables.SUBJECT_DATE_OF_BIRTH);
    FormRules.of(task)
        .requireOneOf(ConcernVariables.LADO_DECISION, List.of(CONSULT_LADO, "NO_CONSULTATION"),
            "whether to consult the LADO")
        .requireText("ladoRationale", "the reasons for the decision about the LADO")
        .limitText("ladoRationale", "the reasons for the decision about the LADO",
            ConcernVariables.NARRATIVE_LENGTH)
        .limitText("ladoAdvice", "what the LADO advised", ConcernVariables.NARRATIVE_LENGTH)
        .require(!consulted || FormRules.text(task, "ladoAdvice") != null
                && !FormRules.text(task, "ladoAdvice").isEmpty(),
            "Please record what the LADO advised, and when.")
        .require(birthday != null && birthday.isBefore(LocalDate.now(clock)),
            "Please give the date of birth of the person the allegation is about.")
        .check();
    ConcernSteps.recordActor(task, identity, "ladoDecidedBy");
    ConcernSteps.comment(task, "LADO: " + task.getVariable(ConcernVariables.LADO_DECISION)
        + ". Reasons: "
        + FormRules.text(task, "ladoRationale"));
  }
}
