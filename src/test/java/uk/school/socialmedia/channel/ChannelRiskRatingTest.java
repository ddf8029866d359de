package uk.school.socialmedia.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The DMN table channel-risk-rating on its own: a channel is rated by its worst risk. */
@SchoolSpringTest
class ChannelRiskRatingTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "highest score {0}, learners take part {1} -> {2}")
  @CsvSource({
      "1, false, LOW", "2, false, LOW", "2, true, LOW",
      "3, false, MEDIUM", "4, false, MEDIUM", "3, true, MEDIUM",
      "4, true, HIGH", "6, false, HIGH", "9, false, HIGH", "9, true, HIGH"})
  void aChannelIsRatedByItsWorstRisk(int highestRiskScore, boolean learnersTakePart,
      String expected) {
    String rating = decisions.evaluateDecisionTableByKey("channel-risk-rating",
            Variables.createVariables()
                .putValue("highestRiskScore", highestRiskScore)
                .putValue("learnersTakePart", learnersTakePart))
        .getSingleEntry();
    assertThat(rating).isEqualTo(expected);
  }
}
