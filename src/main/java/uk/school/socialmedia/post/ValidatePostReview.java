package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.Sha256;
import uk.school.socialmedia.platform.process.CurrentUser;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * A colleague's review (policy 1.4), checked on the server: a decision with its reasons; an
 * approval needs every point of the checklist and a scheduled time still ahead. A safeguarding
 * concern carries no text here at all: whatever is written in this review stays in the post's
 * history, which every colleague offered the review can read, so the reviewer describes the
 * concern in the concern's own form instead and reasons sent with it are refused. The reviewer
 * cannot change the text (they ask for changes instead). An approval records the reviewer and the
 * SHA-256 of the text they approved.
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
    boolean concern = "RAISE_CONCERN".equals(decision);
    FormRules rules = FormRules.of(task)
        .requireOneOf(REVIEW_DECISION, DECISIONS, "your decision")
        .require(post.getText().equals(task.getVariable(POST_TEXT)),
            "The reviewer cannot change the post's text: ask the author for changes instead.");
    if (concern) {
      rules.require(task.getVariable(REVIEW_RATIONALE) == null, "Please do not write a"
          + " safeguarding concern in the review: colleagues can read the review. Submit the"
          + " review without reasons and describe the concern in \"Describe the concern\","
          + " which opens for you next and is read only by those who handle safeguarding.");
    } else {
      rules.requireText(REVIEW_RATIONALE,
              "your reasons (for changes: what the author should change)")
          .require(!(task.getVariable(REVIEW_RATIONALE) instanceof String text)
                  || text.length() <= MAX_RATIONALE,
              "Your reasons are too long: please keep them to " + MAX_RATIONALE + " characters.");
    }
    if ("APPROVE".equals(decision)) {
      CHECKLIST.forEach(check -> rules.requireTrue(check[0], check[1]));
      rules.require(post.getScheduledFor().isAfter(clock.instant()),
          "The post's scheduled time has passed: it has expired and cannot be approved.");
    }
    rules.check();

    String reviewer = currentUser.completing(task);
    task.setVariable(REVIEWED_BY, reviewer);
    // what the diagram acts on next comes from the register, never from what was submitted
    task.setVariable(PUBLISH_AT, Date.from(post.getScheduledFor()));
    task.setVariable(PUBLISHED, false);
    if (concern) {
      return; // the diagram raises the concern next, in this same completion
    }
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
