package uk.school.socialmedia.channel;

import org.camunda.bpm.engine.delegate.VariableScope;
import uk.school.socialmedia.platform.process.FormRules;

/** What the set-up tasks recorded: where the account is, who holds its access details. */
record ChannelSetUp(String accountUrl, String websiteLinkUrl, String accessDetailsHolder,
    String accessDetailsLocation) {

  static ChannelSetUp from(VariableScope variables) {
    return new ChannelSetUp(
        FormRules.text(variables, "accountUrl"),
        FormRules.text(variables, "websiteLinkUrl"),
        FormRules.text(variables, "accessDetailsHolder"),
        FormRules.text(variables, "accessDetailsLocation"));
  }
}
