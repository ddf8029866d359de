package uk.school.socialmedia.channel;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * Each structured risk needs a likelihood, an impact and a mitigation. Scores
 * (likelihood × impact, 1-9) are worked out here so the DMN table rates on numbers.
 */
@Component("validateRiskAssessment")
class ValidateRiskAssessment implements TaskListener {

  /** Variable prefix → how the form names the risk. */
  static final Map<String, String> RISKS = Map.of(
      "riskPrivacy", "privacy and location sharing",
      "riskSafeguarding", "safeguarding of learners",
      "riskInteraction", "comments and messaging",
      "riskReputation", "the school's reputation",
      "riskAccountSecurity", "account security");

  static final Map<String, Integer> LEVELS = Map.of("LOW", 1, "MEDIUM", 2, "HIGH", 3);

  @Override
  public void notify(DelegateTask task) {
    FormRules rules = FormRules.of(task);
    List<String> levels = List.of("LOW", "MEDIUM", "HIGH");
    RISKS.forEach((risk, label) -> rules
        .requireOneOf(risk + "Likelihood", levels, "the likelihood of the risk to " + label)
        .requireOneOf(risk + "Impact", levels, "the impact of the risk to " + label)
        .requireText(risk + "Mitigation", "how the risk to " + label + " is reduced")
        .limitText(risk + "Mitigation", "how the risk to " + label + " is reduced",
            ChannelProposal.NARRATIVE_LENGTH));
    rules.check();

    int highest = 0;
    for (String risk : RISKS.keySet()) {
      int score = LEVELS.get((String) task.getVariable(risk + "Likelihood"))
          * LEVELS.get((String) task.getVariable(risk + "Impact"));
      task.setVariable(risk + "Score", score);
      highest = Math.max(highest, score);
    }
    task.setVariable(ChannelVariables.HIGHEST_RISK_SCORE, highest);
  }
}
