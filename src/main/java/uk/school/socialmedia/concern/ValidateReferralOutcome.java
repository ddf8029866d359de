package uk.school.socialmedia.concern;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/** The outcome of a referral to children's social care, with what they said. */
@Component("validateReferralOutcome")
class ValidateReferralOutcome implements TaskListener {

  private final IdentityService identity;

  ValidateReferralOutcome(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireOneOf("referralOutcome", List.of("ASSESSMENT", "STRATEGY_DISCUSSION", "EARLY_HELP",
            "NO_FURTHER_ACTION_BY_SOCIAL_CARE"), "the outcome of the referral")
        .requireText("referralOutcomeNotes", "what children's social care said, who and when")
        .limitText("referralOutcomeNotes", "what children's social care said",
            ConcernVariables.NARRATIVE_LENGTH)
        .check();
    ConcernSteps.recordActor(task, identity, "referralOutcomeRecordedBy");
  }
}
