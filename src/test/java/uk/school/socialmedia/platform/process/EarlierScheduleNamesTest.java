package uk.school.socialmedia.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Instances started on a diagram version deployed before the schedules had one name keep
 * evaluating the old expressions when they reach a timer or a due date: the engine must still
 * resolve them, to the same values as the names the diagrams use now.
 */
@SchoolSpringTest
class EarlierScheduleNamesTest {

  @Autowired ProcessEngineConfigurationImpl engine;

  @Test
  void timersOfEarlierDiagramVersionsStillReadTheSchoolsSettings() {
    assertSameValue("${aupSettings.reminderAfter}", "${aupSchedule.reminderAfter}");
    assertSameValue("${consentSettings.responseDeadline}", "${consentSchedule.responseDeadline}");
    assertSameValue("${exceptionSettings.discussionReminder}",
        "${exceptionSchedule.discussionReminder}");
    assertSameValue("${concernDeadlines.describeReminder()}",
        "${concernSchedule.describeReminder()}");
  }

  private void assertSameValue(String earlier, String now) {
    Object earlierValue = evaluate(earlier);
    assertThat(earlierValue).as(earlier).isNotNull().isEqualTo(evaluate(now));
  }

  private Object evaluate(String expression) {
    return engine.getCommandExecutorTxRequired().execute(context -> engine.getExpressionManager()
        .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
  }
}
