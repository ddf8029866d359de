package uk.school.socialmedia.channel;

import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The reminders the diagram's non-interrupting timers send (bound as expressions). */
@Component("chaseChannelWork")
public class ChaseChannelWork {

  private final ChannelNotices notices;

  ChaseChannelWork(ChannelNotices notices) {
    this.notices = notices;
  }

  public void approvalWaiting(DelegateExecution execution) {
    notices.approvalReminder(execution);
  }

  public void setUpOverdue(DelegateExecution execution) {
    notices.setUpOverdue(execution);
  }
}
