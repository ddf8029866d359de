package uk.school.socialmedia.channel;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.CurrentUser;
import uk.school.socialmedia.platform.process.FormRules;

/** The DSL's advice on a high-risk channel, or one where learners take part, is recorded in full. */
@Component("validateSafeguardingAdvice")
class ValidateSafeguardingAdvice implements TaskListener {

  private final CurrentUser currentUser;

  ValidateSafeguardingAdvice(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireOneOf("safeguardingRecommendation",
            List.of("SUPPORT", "SUPPORT_WITH_CONDITIONS", "DO_NOT_SUPPORT"), "your recommendation")
        .requireText("safeguardingAdvice", "your advice and its reasons")
        .limitText("safeguardingAdvice", "your advice", ChannelProposal.NARRATIVE_LENGTH)
        .check();
    task.setVariable(ChannelVariables.SAFEGUARDING_ADVISED_BY, currentUser.completing(task));
  }
}
