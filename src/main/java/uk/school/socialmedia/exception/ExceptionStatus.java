package uk.school.socialmedia.exception;

/** Where an approved exception stands in the register. */
public enum ExceptionStatus {
  /** Approved and, until its end date, in force. */
  ACTIVE,
  /** Its end date passed (without a renewal). */
  EXPIRED,
  /** Closed at its review by the requester, who no longer needs it. */
  CLOSED,
  /** Ended early by the DSL, deputy or Head, with a reason. */
  REVOKED
}
