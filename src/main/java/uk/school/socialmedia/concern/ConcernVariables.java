package uk.school.socialmedia.concern;

/** Names of the process variables of {@code concern-escalation} (the forms use the same keys). */
final class ConcernVariables {

  static final String PROCESS_KEY = "concern-escalation";
  static final String ROUTE_DECISION_KEY = "concern-route";
  /** Starts a concern raised while working on another process; its reporter describes it next. */
  static final String RAISED_ELSEWHERE_MESSAGE = "concern-raised-elsewhere";
  static final String RAISED_ELSEWHERE_START = "Start_ConcernRaisedElsewhere";
  /** The longest text a form may send: the engine keeps text variables in 4,000 characters. */
  static final int MAX_TEXT = 4000;

  static final String REFERENCE = "concernReference";
  static final String SOURCE = "source";
  static final String SOURCE_REFERENCE = "sourceReference";
  static final String KIND_OF_REPORT = "kindOfReport";
  static final String ABOUT_WHOM = "aboutWhom";
  static final String WHAT_HAPPENED = "whatHappened";
  static final String WHEN_IT_HAPPENED = "whenItHappened";
  static final String PLATFORM = "platform";
  static final String ACCOUNT_TYPE = "accountType";
  static final String IMMEDIATE_RISK = "immediateRisk";
  static final String ACTION_ALREADY_TAKEN = "actionAlreadyTaken";

  static final String ROUTE = "route";
  static final String CASE_MANAGERS = "caseManagers";
  static final String COUNTERPARTS = "counterparts";
  static final String ESCALATE_TO = "escalateTo";
  static final String INFORMED = "informed";
  /** Groups offered the concern's tasks; grows as the concern is escalated. */
  static final String HANDLERS = "handlers";
  /** Groups that may read the record (granted per instance). */
  static final String READERS = "readers";

  private ConcernVariables() {}
}
