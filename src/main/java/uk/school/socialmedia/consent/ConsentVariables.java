package uk.school.socialmedia.consent;

/** Names of the process variables of parental-consent and consent-withdrawal (their forms use them). */
final class ConsentVariables {

  /** the learner's school reference (also the business key); never the name */
  static final String LEARNER = "learnerReference";
  /** who answered or withdrew, their relationship and the date on their letter or form */
  static final String PARENT_NAME = "parentName";
  static final String PARENT_RELATIONSHIP = "parentRelationship";
  static final String DATE_ON_FORM = "dateOnForm";
  /** checkbox prefixes: consentWebsiteImage (agreed), withdrawWebsiteImage (withdrawn) */
  static final String AGREED_PREFIX = "consent";
  static final String WITHDRAWN_PREFIX = "withdraw";

  // written by the process
  static final String CONSENT_GIVEN_FOR = "consentGivenFor";
  static final String CONSENT_VALID_UNTIL = "consentValidUntil";
  static final String RENEWAL_DUE = "renewalDue";
  static final String RENEWAL_OF = "renewalOf";
  static final String OUTCOME = "outcome";
  static final String WITHDRAWN_PURPOSES = "withdrawnPurposes";
  static final String WITHDRAWN_CONSENTS = "withdrawnConsents";
  static final String PUBLISHED_IMAGES_FOUND = "publishedImagesFound";

  // one takedown task (local to its instance of the multi-instance task)
  static final String TAKEDOWN_ID = "takedownId";
  static final String POST_ID = "postId";
  static final String CHANNEL_NAME = "channelName";
  static final String POST_URL = "postUrl";
  static final String TAKEDOWN_DUE = "takedownDue";
  static final String TAKEDOWN_CONFIRMED = "takedownConfirmed";
  static final String TAKEDOWN_NOTE = "takedownNote";

  // the longest text each field takes, as its form shows it (register columns: a learner's
  // reference 20, a name 200, a removal note 2,000; everything else the engine's 4,000)
  static final int LEARNER_LENGTH = 20;
  static final int PARENT_NAME_LENGTH = 200;
  static final int NOTE_LENGTH = 4000;
  static final int TAKEDOWN_NOTE_LENGTH = 2000;
  static final String WITHDRAWAL_NOTE = "withdrawalNote";
  static final String RESPONSE_NOTE = "responseNote";

  private ConsentVariables() {}
}
