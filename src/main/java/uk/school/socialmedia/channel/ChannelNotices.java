package uk.school.socialmedia.channel;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;
import uk.school.socialmedia.notification.Notice;
import uk.school.socialmedia.notification.NotificationService;
import uk.school.socialmedia.notification.TasklistLinks;
import uk.school.socialmedia.platform.process.RejectSelfApproval;

/** What the channel lifecycle tells people, and whom. */
@Component("channelNotices")
public class ChannelNotices {

  private static final List<String> BUSINESS_MANAGERS = List.of(SchoolGroup.BUSINESS_MANAGER.id());

  private final NotificationService notifications;
  private final TasklistLinks links;
  private final ChannelApprovers approvers;

  ChannelNotices(NotificationService notifications, TasklistLinks links,
      ChannelApprovers approvers) {
    this.notifications = notifications;
    this.links = links;
    this.approvers = approvers;
  }

  /** Task listener (create) on "Approve the channel". */
  public void approvalNeeded(DelegateTask task) {
    notifications.notifyGroups(approvers.groupsFor(initiator(task)), new Notice(
        "Channel proposal to approve: " + name(task),
        "The proposal for the official channel '" + name(task) + "' has been risk assessed ("
            + task.getVariable(ChannelVariables.RISK_RATING) + " risk) and needs a decision.",
        links.task(task.getId()), task.getProcessInstanceId()));
  }

  /** Task listener (create) on "Advise on safeguarding". */
  public void adviceNeeded(DelegateTask task) {
    notifications.notifyGroups(List.of(SchoolGroup.DSL.id(), SchoolGroup.DDSL.id()), new Notice(
        "Safeguarding advice needed on a proposed channel",
        "A proposed official channel needs your safeguarding advice before it can be approved.",
        links.task(task.getId()), task.getProcessInstanceId()));
  }

  /** Task listener (create) on "Revise the proposal". */
  public void changesRequested(DelegateTask task) {
    notifications.notifyUsers(List.of(initiator(task)), new Notice(
        "Changes requested to your channel proposal: " + name(task),
        "The Business Manager asked for changes before approving '" + name(task) + "':\n\n"
            + Notice.excerpt(task.getVariable(ChannelVariables.APPROVAL_RATIONALE)),
        links.task(task.getId()), task.getProcessInstanceId()));
  }

  void approvalReminder(DelegateExecution execution) {
    notifications.notifyGroups(approvers.groupsFor(initiator(execution)), new Notice(
        "Reminder: channel proposal waiting for a decision: " + name(execution),
        "The proposal for '" + name(execution) + "' is still waiting for a decision.",
        links.tasklist(), execution.getProcessInstanceId()));
  }

  void rejected(DelegateExecution execution) {
    notifications.notifyUsers(List.of(initiator(execution)), new Notice(
        "Channel not approved: " + name(execution),
        "The official channel '" + name(execution) + "' was not approved:\n\n"
            + Notice.excerpt(execution.getVariable(ChannelVariables.APPROVAL_RATIONALE)),
        null, execution.getProcessInstanceId()));
  }

  void setUpOverdue(DelegateExecution execution) {
    notifyPeople(execution, "Set-up of '" + name(execution) + "' is overdue",
        "Some set-up steps for the approved channel '" + name(execution) + "' are not done yet;"
            + " it cannot be used until they are.");
  }

  void activated(Channel channel, DelegateExecution execution) {
    notifyPeople(execution, "Channel now active: " + channel.getName(),
        "'" + channel.getName() + "' is approved and set up. Its annual review is due on "
            + channel.getNextReviewDue() + ".");
  }

  void reviewOpened(DelegateExecution execution) {
    notifyPeople(execution, "Annual review of '" + name(execution) + "'",
        "The official channel '" + name(execution) + "' is due for its annual risk assessment"
            + " and re-approval. Please review the assessment in Tasklist.");
  }

  void suspended(DelegateExecution execution) {
    notifyPeople(execution, "Channel suspended: " + name(execution),
        "'" + name(execution) + "' was not re-approved within the grace period of its annual"
            + " review. No new posts can be made until it is re-approved.");
  }

  void retired(DelegateExecution execution, String reason) {
    notifyPeople(execution, "Channel retired: " + name(execution),
        "'" + name(execution) + "' has been retired: " + Notice.excerpt(reason));
  }

  /** The proposer, the account managers and the business managers. */
  private void notifyPeople(DelegateExecution execution, String subject, String body) {
    Set<String> people = new LinkedHashSet<>();
    people.add(initiator(execution));
    people.addAll(managers(execution));
    notifications.notify(people, BUSINESS_MANAGERS,
        new Notice(subject, body, null, execution.getProcessInstanceId()));
  }

  private static Collection<String> managers(VariableScope variables) {
    return ChannelProposal.userIds((String) variables.getVariable(ChannelProposal.ACCOUNT_MANAGERS));
  }

  private static String initiator(VariableScope variables) {
    return (String) variables.getVariable(RejectSelfApproval.INITIATOR);
  }

  private static String name(VariableScope variables) {
    return (String) variables.getVariable(ChannelProposal.NAME);
  }
}
