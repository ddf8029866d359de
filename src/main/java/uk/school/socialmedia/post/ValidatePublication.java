package uk.school.socialmedia.post;

import static uk.school.socialmedia.post.PostVariables.*;

import java.net.URI;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.platform.Sha256;
import uk.school.socialmedia.platform.process.CurrentUser;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * "Publish the post": only an account manager of the channel, while it is ACTIVE, records where
 * it was published. The text published must be the text approved (its SHA-256 in the register):
 * a text changed after approval is not recorded as published but goes back to be reviewed again.
 */
@Component("validatePublication")
class ValidatePublication implements TaskListener {

  private final PostRegister register;
  private final ChannelRegister channels;
  private final CurrentUser currentUser;

  ValidatePublication(PostRegister register, ChannelRegister channels, CurrentUser currentUser) {
    this.register = register;
    this.channels = channels;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    Post post = register.require(task.getProcessInstanceId());
    String publisher = currentUser.completing(task);
    Object text = task.getVariable(POST_TEXT);
    boolean asApproved = text instanceof String s
        && Sha256.of(s).equals(post.getApprovedTextSha256());
    FormRules rules = FormRules.of(task)
        .require(channels.isManager(post.getChannelId(), publisher),
            "Only an account manager of " + post.getChannelName() + " can publish on it.")
        .require(channels.isActive(post.getChannelId()), post.getChannelName()
            + " is no longer active: nothing may be published on it.");
    if (asApproved) {
      rules.requireText(PUBLISHED_URL, "the web address of the published post")
          .require(PUBLISHED_URL, String.class, ValidatePublication::isWebAddress,
              "The published post's address must be a web address starting with https://.")
          .limitText(PUBLISHED_URL, "the web address of the published post", 1000);
    }
    rules.check();

    task.setVariable(PUBLISHED_AS_APPROVED, asApproved);
    // what the diagram acts on next comes from the register, never from what was submitted
    task.setVariable(PUBLISHED, false);
    task.setVariable(LEARNERS_TAKE_PART, post.isLearnersTakePart());
    task.setVariable(PUBLISHED_BY, publisher);
    if (!asApproved) {
      task.setVariable(SEND_BACK_REASON, "The text was changed after it was approved (by "
          + publisher + "): it must be reviewed again before it is published.");
      register.sendBack(task.getProcessInstanceId());
    }
  }

  private static boolean isWebAddress(String value) {
    try {
      URI uri = URI.create(value.trim());
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
