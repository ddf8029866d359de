package uk.school.socialmedia.exception;

/** Names of the {@code account-exception} process variables (the forms use the same keys). */
final class ExceptionVariables {

  static final String KIND = "kind";
  static final String CONCERNS_ROLE = "concernsRole";
  static final String REQUESTED_BY_HEAD = "requestedByHead";
  /** Whether the request is the renewal of an exception under review. */
  static final String RENEWAL = "renewal";
  static final String DISCUSSED_BY = "discussedBy";
  static final String DECISION = "decision";
  static final String DECISION_RATIONALE = "decisionRationale";
  static final String CONDITIONS = "conditions";
  static final String DECIDED_BY = "decidedBy";
  static final String END_DATE = "endDate";
  static final String EXCEPTION_ID = "exceptionId";
  static final String REVIEW_OUTCOME = "reviewOutcome";
  static final String REVOKED_BY = "revokedBy";
  static final String REVOCATION_REASON = "revocationReason";
  /** The policy's answer to a request for contact with former learners. */
  static final String POLICY_ANSWER = "policyAnswer";

  private ExceptionVariables() {}
}
