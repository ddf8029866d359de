package uk.school.socialmedia.platform;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.platform.process.RuleViolationResponses;

/** Camunda's REST resources plus the product's own error mapping. */
@Component
class RestApiConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RuleViolationResponses.Direct.class);
    register(RuleViolationResponses.Wrapped.class);
    register(RuleViolationResponses.WrappedByEngine.class);
  }
}
