package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/** The outcome of moderating replies where learners take part, always with a note. */
@Component("validateModeration")
class ValidateModeration implements TaskListener {

  static final List<String> OUTCOMES = List.of("NOTHING_TO_ACT_ON", "REPLIES_REMOVED",
      "CONCERN_REPORTED");

  @Override
  public void notify(DelegateTask task) {
    FormRules.of(task)
        .requireOneOf(MODERATION_OUTCOME, OUTCOMES, "the outcome of moderating the replies")
        .requireText(MODERATION_NOTES, "what you checked and did")
        .limitText(MODERATION_NOTES, "what you checked and did", FormRules.LONGEST_TEXT)
        .check();
  }
}
