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
        .limitText("actionDescription", "what will be done", ConcernVariables.ACTION_LENGTH)
        .requireText("actionOwner", "who owns the action")
        .limitText("actionOwner", "who owns the action", ConcernVariables.SHORT_TEXT_LENGTH)
        .require(due != null && !due.isBefore(LocalDate.now(clock)),
            "Please give the date the action is due (today or later).")
        .requireBoolean("anotherAction", "whether you want to record another action")
        .check();
    String plan = (String) task.getVariable(ConcernVariables.ACTION_PLAN);
    int number = plan == null || plan.isEmpty() ? 1 : plan.split("\n").length + 1;
    String action = number + ". " + FormRules.text(task, "actionDescription") + " (owner: "
        + FormRules.text(task, "actionOwner") + "; due " + DAY.format(due) + ")";
    String newPlan = plan == null || plan.isEmpty() ? action : plan + "\n" + action;
    // the plan is one text variable: it cannot hold more than the engine's 4,000 characters
    FormRules.of(task).require(newPlan.length() <= FormRules.LONGEST_TEXT,
        "The action plan holds at most 4,000 characters in all, and this action would take it to "
            + String.format(Locale.UK, "%,d", newPlan.length()) + ": please describe it more "
            + "briefly, or record the details in the school's safeguarding records and refer to "
            + "them here.").check();
    task.getExecution().setVariable(ConcernVariables.ACTION_PLAN, newPlan);
  }
}
