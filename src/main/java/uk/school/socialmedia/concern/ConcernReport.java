package uk.school.socialmedia.concern;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A concern raised by another feature (for example a reviewer who sees something worrying in a
 * draft post). It says who the concern is about by role only; names belong in the description
 * and only where needed.
 *
 * @param source where it was raised
 * @param sourceReference what it was raised from, e.g. the post-review business key; may be null
 *     only for {@link Source#STAFF_REPORT}
 * @param reporterUserId the member of staff raising it (becomes the process initiator)
 * @param kind what kind of report it is
 * @param aboutWhom who it concerns, by role
 * @param whatHappened facts only
 * @param whenItHappened when it happened or was seen
 * @param platform where: the platform, site or group
 * @param accountType on what kind of account
 * @param immediateRisk whether anyone is at immediate risk of harm
 * @param actionAlreadyTaken what the reporter has already done
 */
public record ConcernReport(
    Source source,
    String sourceReference,
    String reporterUserId,
    Kind kind,
    Subject aboutWhom,
    String whatHappened,
    LocalDate whenItHappened,
    String platform,
    AccountType accountType,
    boolean immediateRisk,
    String actionAlreadyTaken) {

  public enum Source { STAFF_REPORT, POST_REVIEW, CHANNEL_REVIEW, ACCOUNT_EXCEPTION, CONSENT }

  public enum Kind { CONCERN, PERSONAL_ACCOUNT_CONTACT, OFFICIAL_CHANNEL, ROLE_CONFLICT }

  public enum Subject { LEARNER, STAFF, PARENT_CARER, HEAD, OTHER }

  public enum AccountType { OFFICIAL, PERSONAL, OTHER_OR_UNKNOWN }

  public ConcernReport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reporterUserId, "reporterUserId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(aboutWhom, "aboutWhom");
    Objects.requireNonNull(whenItHappened, "whenItHappened");
    Objects.requireNonNull(accountType, "accountType");
  }
}
