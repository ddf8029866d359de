package uk.school.socialmedia.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import uk.school.socialmedia.platform.ProductionSafetyCheck.InsecureConfigurationException;

/** Turns a refused production start into a short message that says what to set. */
public class InsecureConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<InsecureConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, InsecureConfigurationException cause) {
    String description = "The production profile was started with unsafe settings:\n  - "
        + String.join("\n  - ", cause.problems());
    String action = "Set the environment variables named above (see docs/operations.md), "
        + "then start again.";
    return new FailureAnalysis(description, action, cause);
  }
}
