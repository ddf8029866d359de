package uk.school.socialmedia.aup;

/** Names of the {@code aup-signing} process variables (the forms use the same names). */
final class AupVariables {

  /** The one member of staff who signs (the task's assignee). */
  static final String SIGNER = "signer";
  /** The signer's name as recorded (Camunda first and last name), shown on the form. */
  static final String SIGNER_NAME = "signerName";
  /** Who asked for the signature when the school did (publisher of a new version). */
  static final String REQUESTED_BY = "requestedBy";
  static final String VERSION_NUMBER = "aupVersionNumber";
  static final String TEXT = "aupText";
  static final String TEXT_SHA256 = "aupTextSha256";
  static final String COMMITMENT_COUNT = "aupCommitmentCount";
  /** Followed by 1..n: the statement of each commitment (labels of the checkboxes). */
  static final String COMMITMENT_STATEMENT = "aupCommitment";
  /** Followed by 1..n: the signer's tick for each commitment (submitted by the form). */
  static final String COMMITMENT_ACCEPTED = "commitment";
  static final String TYPED_FULL_NAME = "typedFullName";
  static final String SIGNATURE_ID = "signatureId";
  static final String SIGNED_AT = "signedAt";
  /** Who was told that the AUP is still unsigned: the signer's line manager or SLT. */
  static final String ESCALATED_TO = "escalatedTo";

  private AupVariables() {}
}
