package uk.school.socialmedia.post;

import java.util.List;

/** Names of post review's process variables (form field keys). */
final class PostVariables {

  static final String CHANNEL_OPTIONS = "channelOptions";
  static final String LEARNER_OPTIONS = "learnerOptions";
  static final String CHANNEL_ID = "channelId";
  static final String CHANNEL_NAME = "channelName";
  static final String POST_TEXT = "postText";
  static final String LEARNERS_SHOWN = "learnersShown";
  static final String IMAGE_DESCRIPTION = "imageDescription";
  static final String LEARNERS_TAKE_PART = "learnersTakePart";
  static final String SCHEDULED_FOR = "scheduledFor";
  static final String PUBLISH_AT = "publishAt";
  static final String IS_REPLY = "isReply";
  static final String REPLY_TO_COMMENT = "replyToComment";
  static final String SEND_BACK_REASON = "sendBackReason";
  static final String CONSENT_IN_PLACE = "consentInPlace";
  static final String REVIEW_DECISION = "reviewDecision";
  static final String REVIEW_RATIONALE = "reviewRationale";
  static final String REVIEWED_BY = "reviewedBy";
  static final String PUBLISHED_URL = "publishedUrl";
  static final String PUBLISHED_BY = "publishedBy";
  static final String PUBLISHED_AS_APPROVED = "publishedAsApproved";
  static final String PUBLISHED = "published";
  static final String MODERATION_OUTCOME = "moderationOutcome";
  static final String MODERATION_NOTES = "moderationNotes";

  /** The reviewer's checklist (policy 1.4): every box is ticked before a post is approved. */
  static final List<String[]> CHECKLIST = List.of(
      new String[] {"checkProfessional", "the post is professional and reflects the school well"},
      new String[] {"checkAccurate", "the post is accurate"},
      new String[] {"checkNoPersonalInformation",
          "it shares no personal information about learners, families or colleagues"},
      new String[] {"checkLegal", "it is lawful (libel, defamation, confidentiality, copyright,"
          + " data protection, equalities)"},
      new String[] {"checkConsent", "every learner shown has consent for official social media"},
      new String[] {"checkNoCommitment",
          "it makes no commitment on the school's behalf without authority"});

  /** The longest reasons a reviewer may give: the engine keeps text variables in 4,000 characters. */
  static final int MAX_RATIONALE = 4000;

  static final List<String> DECISIONS = List.of("APPROVE", "REQUEST_CHANGES", "REJECT",
      "RAISE_CONCERN");

  private PostVariables() {}
}
