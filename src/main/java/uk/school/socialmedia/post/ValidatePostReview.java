package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.platform.Sha256;
import uk.school.socialmedia.platform.process.CurrentUser;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * A colleague's review (policy 1.4), checked on the server: a decision with its reasons; an
 * approval needs every point of the checklist and a scheduled time still ahead; a concern says
 * who it is about. The reviewer cannot change the text (they ask for changes instead). An
 * approval records the reviewer and the SHA-256 of the text they approved.
 */
@Component("validatePostReview")
class ValidatePostReview implements TaskListener {

  private final PostRegister register;
  private final CurrentUser currentUser;
  private final Clock clock;

  ValidatePostReview(PostRegister register, CurrentUser currentUser, Clock clock) {
    this.register = register;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Post post = register.require(task.getProcessInstanceId());
    String decision = FormRules.text(task, REVIEW_DECISION);
    FormRules rules = FormRules.of(task)
        .requireOneOf(REVIEW_DECISION, DECISIONS, "your decision")
        .requireText(REVIEW_RATIONALE, "your reasons (for changes: what the author should change)")
        .require(post.getText().equals(task.getVariable(POST_TEXT)),
            "The reviewer cannot change the post's text: ask the author for changes instead.");
    if ("APPROVE".equals(decision)) {
      CHECKLIST.forEach(check -> rules.requireTrue(check[0], check[1]));
      rules.require(post.getScheduledFor().isAfter(clock.instant()),
          "The post's scheduled time has passed: it has expired and cannot be approved.");
    }
    if ("RAISE_CONCERN".equals(decision)) {
      rules.requireOneOf(CONCERN_ABOUT, Arrays.stream(ConcernReport.Subject.values())
          .map(Enum::name).toList(), "who the concern is about")
          .requireBoolean(IMMEDIATE_RISK, "whether anyone is at immediate risk of harm");
    }
    rules.check();

    String reviewer = currentUser.completing(task);
    task.setVariable(REVIEWED_BY, reviewer);
    // what the diagram acts on next comes from the register, never from what was submitted
    task.setVariable(PUBLISH_AT, Date.from(post.getScheduledFor()));
    task.setVariable(PUBLISHED, false);
    String rationale = FormRules.text(task, REVIEW_RATIONALE);
    task.getProcessEngineServices().getTaskService().createComment(task.getId(),
        task.getProcessInstanceId(), decision + ": " + rationale);
    switch (decision) {
      case "APPROVE" -> register.approve(task.getProcessInstanceId(), reviewer,
          Sha256.of(post.getText()));
      case "REQUEST_CHANGES" -> {
        task.setVariable(SEND_BACK_REASON, "Changes requested by your reviewer: " + rationale);
        register.sendBack(task.getProcessInstanceId());
      }
      default -> { }
    }
  }
}
