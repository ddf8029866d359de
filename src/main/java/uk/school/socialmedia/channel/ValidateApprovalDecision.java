package uk.school.socialmedia.channel;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.CurrentUser;
import uk.school.socialmedia.platform.process.FormRules;

/** The Business Manager's decision always carries its reasons, and who decided is recorded. */
@Component("validateApprovalDecision")
class ValidateApprovalDecision implements TaskListener {


  private final CurrentUser currentUser;

  ValidateApprovalDecision(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireOneOf(ChannelVariables.APPROVAL_DECISION,
            List.of("APPROVE", "REQUEST_CHANGES", "REJECT"), "your decision")
        .requireText(ChannelVariables.APPROVAL_RATIONALE, "the reasons for your decision")
        .limitText(ChannelVariables.APPROVAL_RATIONALE, "the reasons for your decision",
            ChannelProposal.NARRATIVE_LENGTH)
        .check();
    task.setVariable(ChannelVariables.APPROVAL_DECIDED_BY, currentUser.completing(task));
  }
}
