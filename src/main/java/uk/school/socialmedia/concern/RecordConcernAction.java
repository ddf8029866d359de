package uk.school.socialmedia.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * One action with its owner and due date. Each is added to the concern's {@code actionPlan}, a
 * numbered list the closing step shows; every version of it stays in history.
 */
@Component("recordConcernAction")
class RecordConcernAction implements TaskListener {

  static final String ACTION_PLAN = "actionPlan";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Clock clock;

  RecordConcernAction(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate due = ConcernSteps.date(task, "actionDueDate");
    FormRules.of(task)
        .requireText("actionDescription", "what will be done")
        .requireText("actionOwner", "who owns the action")
        .require(due != null && !due.isBefore(LocalDate.now(clock)),
            "Please give the date the action is due (today or later).")
        .requireBoolean("anotherAction", "whether you want to record another action")
        .check();
    String plan = (String) task.getVariable(ACTION_PLAN);
    int number = plan == null || plan.isEmpty() ? 1 : plan.split("\n").length + 1;
    String action = number + ". " + FormRules.text(task, "actionDescription") + " (owner: "
        + FormRules.text(task, "actionOwner") + "; due " + DAY.format(due) + ")";
    task.getExecution().setVariable(ACTION_PLAN,
        plan == null || plan.isEmpty() ? action : plan + "\n" + action);
  }
}
