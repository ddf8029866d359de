package uk.school.socialmedia.channel;

/**
 * Names of the process variables of {@code channel-risk-assessment} and
 * {@code channel-assessment-round} (the forms use the same keys); the proposal's own fields, with
 * their text limits, are in {@link ChannelProposal}.
 */
final class ChannelVariables {

  /** The rating the safeguarding lead's risk assessment arrived at. */
  static final String RISK_RATING = "riskRating";
  static final String HIGHEST_RISK_SCORE = "highestRiskScore";
  /** Who gave the safeguarding advice, as the engine recorded the completion. */
  static final String SAFEGUARDING_ADVISED_BY = "safeguardingAdvisedBy";

  /** The channel's register id, set when the proposal is recorded. */
  static final String CHANNEL_ID = "channelId";
  static final String APPROVAL_DECISION = "approvalDecision";
  static final String APPROVAL_RATIONALE = "approvalRationale";
  /** Who decided, as the engine recorded the completion. */
  static final String APPROVAL_DECIDED_BY = "approvalDecidedBy";
  /** Set while an annual review is open; counted in {@link #ANNUAL_REVIEWS}. */
  static final String ANNUAL_REVIEW_OPEN = "annualReviewOpen";
  static final String ANNUAL_REVIEWS = "annualReviews";
  /** Why a channel is retired and who asked: from the request, or the refused review. */
  static final String RETIREMENT_REASON = "retirementReason";
  static final String RETIREMENT_REQUESTED_BY = "retirementRequestedBy";

  private ChannelVariables() {}
}
