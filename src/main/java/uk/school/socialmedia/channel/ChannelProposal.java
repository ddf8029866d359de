package uk.school.socialmedia.channel;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.school.socialmedia.platform.process.FormRules;

/**
 * What a proposer says about a channel: read from the process variables of the proposal form
 * (and of "Revise the proposal"), after {@link ValidateChannelProposal} has checked them.
 */
public record ChannelProposal(
    String name, Platform platform, String platformOther, ChannelPurpose purpose,
    String objectives, String intendedOutcomes, String audience, boolean learnersTakePart,
    String registrationEmail, Set<String> accountManagers, String moderationPlan,
    String inclusionPlan) {

  static final String NAME = "channelName";
  static final String PLATFORM = "platform";
  static final String PLATFORM_OTHER = "platformOther";
  static final String PURPOSE = "purpose";
  static final String OBJECTIVES = "objectives";
  static final String INTENDED_OUTCOMES = "intendedOutcomes";
  static final String AUDIENCE = "audience";
  static final String LEARNERS_TAKE_PART = "learnersTakePart";
  static final String REGISTRATION_EMAIL = "registrationEmail";
  static final String ACCOUNT_MANAGERS = "accountManagers";
  static final String MODERATION_PLAN = "moderationPlan";
  static final String INCLUSION_PLAN = "inclusionPlan";

  // the longest text each field of the channel's forms takes, as the form shows it (the
  // register's columns are at least as wide)
  /** objectives, outcomes, plans, mitigations, advice, reasons, what parents were told */
  static final int NARRATIVE_LENGTH = 4000;
  static final int NAME_LENGTH = 200;
  static final int PLATFORM_OTHER_LENGTH = 100;
  /** audience, account managers, addresses of pages, where access details are kept */
  static final int DETAIL_LENGTH = 500;
  static final int EMAIL_LENGTH = 254;
  static final int HOLDER_LENGTH = 200;

  static ChannelProposal from(VariableScope variables) {
    String platform = FormRules.text(variables, PLATFORM);
    return new ChannelProposal(
        FormRules.text(variables, NAME),
        Platform.valueOf(platform),
        Platform.OTHER.name().equals(platform) ? FormRules.text(variables, PLATFORM_OTHER) : null,
        ChannelPurpose.valueOf(FormRules.text(variables, PURPOSE)),
        FormRules.text(variables, OBJECTIVES),
        FormRules.text(variables, INTENDED_OUTCOMES),
        FormRules.text(variables, AUDIENCE),
        Boolean.TRUE.equals(variables.getVariable(LEARNERS_TAKE_PART)),
        FormRules.text(variables, REGISTRATION_EMAIL).toLowerCase(),
        userIds(FormRules.text(variables, ACCOUNT_MANAGERS)),
        FormRules.text(variables, MODERATION_PLAN),
        FormRules.text(variables, INCLUSION_PLAN));
  }

  /** "alice, brian" or "alice brian" → {alice, brian}. */
  static Set<String> userIds(String list) {
    if (list == null) {
      return Set.of();
    }
    return Arrays.stream(list.split("[,;\\s]+"))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
