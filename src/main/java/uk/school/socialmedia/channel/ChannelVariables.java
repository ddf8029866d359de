package uk.school.socialmedia.channel;

/**
 * Names of process variables of {@code channel-risk-assessment} that its steps set or read
 * outside a form (the forms use the same keys); the proposal's own fields are in
 * {@link ChannelProposal}.
 */
final class ChannelVariables {

  /** The rating the safeguarding lead's risk assessment arrived at. */
  static final String RISK_RATING = "riskRating";
  static final String HIGHEST_RISK_SCORE = "highestRiskScore";
  /** Who gave the safeguarding advice, as the engine recorded the completion. */
  static final String SAFEGUARDING_ADVISED_BY = "safeguardingAdvisedBy";

  private ChannelVariables() {}
}
