package uk.school.socialmedia.concern;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

@SchoolSpringTest
class ConcernDemoDataTest {

  @Autowired ConcernDemoData demoData;
  @Autowired DemoUsers users;
  @Autowired HistoryService history;

  @Test
  void theDemoConcernIsReportedOnceHoweverOftenTheApplicationStarts() {
    users.apply();
    demoData.seed();
    demoData.seed();

    assertThat(history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConcernVariables.PROCESS_KEY)
        .variableValueEquals(ConcernVariables.WHAT_HAPPENED, ConcernDemoData.DEMO_REPORT)
        .list()).singleElement()
        .satisfies(concern -> assertThat(concern.getStartUserId()).isEqualTo("alice"));
  }
}
