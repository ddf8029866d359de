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

  static final String DECISION = "approvalDecision";
  static final String RATIONALE = "approvalRationale";
  static final String DECIDED_BY = "approvalDecidedBy";

  private final CurrentUser currentUser;

  ValidateApprovalDecision(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireOneOf(DECISION, List.of("APPROVE", "REQUEST_CHANGES", "REJECT"), "your decision")
        .requireText(RATIONALE, "the reasons for your decision")
        .limitText(RATIONALE, "the reasons for your decision", ChannelProposal.NARRATIVE_LENGTH)
        .check();
    task.setVariable(DECIDED_BY, currentUser.completing(task));
  }
}
