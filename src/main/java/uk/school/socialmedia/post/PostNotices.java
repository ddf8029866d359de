package uk.school.socialmedia.post;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;
import uk.school.socialmedia.platform.process.Initiators;

/** What post review tells people when its clocks run out (called from the diagram's timers). */
@Component("postNotices")
public class PostNotices {

  private final NotificationService notifications;
  private final TasklistLinks links;
  private final PostRegister register;
  private final ChannelRegister channels;
  private final Initiators initiators;

  PostNotices(NotificationService notifications, TasklistLinks links, PostRegister register,
      ChannelRegister channels, Initiators initiators) {
    this.notifications = notifications;
    this.links = links;
    this.register = register;
    this.channels = channels;
    this.initiators = initiators;
  }

  public void remindAuthorOfReview(DelegateExecution execution) {
    notifications.notifyUsers(List.of(initiators.of(execution)), new Notice(
        "Your post for " + channelName(execution) + " is still waiting for a review",
        "No colleague has reviewed your post yet. Ask a colleague to open it in Tasklist"
            + " (\"Review the post\"); you cannot review it yourself.",
        links.tasklist(), execution.getProcessInstanceId()));
  }

  public void escalateReview(DelegateExecution execution) {
    notifications.notifyGroups(List.of(SchoolGroup.SLT.id()), new Notice(
        "A post for " + channelName(execution) + " needs a reviewer",
        "A post has waited for a colleague's review longer than it should. Please review it"
            + " or ask a colleague to (its author cannot).",
        links.tasklist(), execution.getProcessInstanceId()));
  }

  public void expired(DelegateExecution execution) {
    notifications.notifyUsers(List.of(initiators.of(execution)), new Notice(
        "Your post for " + channelName(execution) + " expired",
        "Your post was not approved before its scheduled time, so it will not be published."
            + " Start a new post for review if it is still wanted.",
        null, execution.getProcessInstanceId()));
  }

  public void remindPublishers(DelegateExecution execution) {
    notifications.notifyUsers(managers(execution), new Notice(
        "An approved post for " + channelName(execution) + " is waiting to be published",
        "Its scheduled time has passed. Publish it and record where, in Tasklist"
            + " (\"Publish the post\").",
        links.tasklist(), execution.getProcessInstanceId()));
  }

  public void remindModerators(DelegateExecution execution) {
    notifications.notifyUsers(managers(execution), new Notice(
        "Record the moderation of a post on " + channelName(execution),
        "The moderation period of a post in which learners take part has ended. Record what"
            + " you found in Tasklist (\"Moderate replies\").",
        links.tasklist(), execution.getProcessInstanceId()));
  }

  private String channelName(DelegateExecution execution) {
    return String.valueOf(execution.getVariable(PostVariables.CHANNEL_NAME));
  }

  private List<String> managers(DelegateExecution execution) {
    long channelId = register.require(execution.getProcessInstanceId()).getChannelId();
    return channels.find(channelId).map(c -> List.copyOf(c.getManagers())).orElse(List.of());
  }
}
