package uk.school.socialmedia.concern;

import java.util.List;

/**
 * Names of the process variables of {@code concern-escalation} (the forms use the same keys). The
 * public ones are also read by the audit module's retention decision.
 */
public final class ConcernVariables {

  static final String PROCESS_KEY = "concern-escalation";
  static final String ROUTE_DECISION_KEY = "concern-route";
  /** Starts a concern raised while working on another process; its reporter describes it next. */
  static final String RAISED_ELSEWHERE_MESSAGE = "concern-raised-elsewhere";
  static final String RAISED_ELSEWHERE_START = "Start_ConcernRaisedElsewhere";

  static final String REFERENCE = "concernReference";
  static final String SOURCE = "source";
  static final String SOURCE_REFERENCE = "sourceReference";
  static final String KIND_OF_REPORT = "kindOfReport";
  public static final String ABOUT_WHOM = "aboutWhom";
  static final String WHAT_HAPPENED = "whatHappened";
  static final String WHEN_IT_HAPPENED = "whenItHappened";
  static final String PLATFORM = "platform";
  static final String ACCOUNT_TYPE = "accountType";
  static final String IMMEDIATE_RISK = "immediateRisk";
  static final String ACTION_ALREADY_TAKEN = "actionAlreadyTaken";

  public static final String ROUTE = "route";
  static final String CASE_MANAGERS = "caseManagers";
  static final String COUNTERPARTS = "counterparts";
  static final String ESCALATE_TO = "escalateTo";
  static final String INFORMED = "informed";
  /** Groups offered the concern's tasks; grows as the concern is escalated. */
  static final String HANDLERS = "handlers";
  /** Groups that may read the record (granted per instance). */
  static final String READERS = "readers";

  public static final String LEARNER_REFERENCE = "learnerReference";
  public static final String LEARNER_DATE_OF_BIRTH = "learnerDateOfBirth";
  /** Date of birth of the adult an allegation is about. */
  public static final String SUBJECT_DATE_OF_BIRTH = "subjectDateOfBirth";
  static final String CATEGORY = "category";
  static final String DECISION = "decision";
  static final String PARENTS_TOLD = "parentsTold";
  static final String REFERRAL_MADE = "referralMade";
  static final String LADO_DECISION = "ladoDecision";
  static final String CLOSED_ON = "closedOn";
  /** The numbered list of actions; each recorded action adds one. */
  static final String ACTION_PLAN = "actionPlan";
  /** Local to an alert step (set by the diagram): the groups offered the task, and those told. */
  static final String ALERT_GROUPS = "alertGroups";
  static final String INFORM_GROUPS = "informGroups";
  /** Local to a notice step (set by the diagram): the groups the notice goes to. */
  static final String TELL_GROUPS = "tellGroups";

  /**
   * What the reporter wrote and how the concern was routed: recorded once at the start, shown to
   * the handlers, and never changed by a later step ({@link ReportStaysAsReported}).
   */
  static final List<String> AS_REPORTED = List.of(REFERENCE, SOURCE, SOURCE_REFERENCE,
      KIND_OF_REPORT, ABOUT_WHOM, WHAT_HAPPENED, WHEN_IT_HAPPENED, PLATFORM, ACCOUNT_TYPE,
      IMMEDIATE_RISK, ACTION_ALREADY_TAKEN, ROUTE, CASE_MANAGERS, COUNTERPARTS, ESCALATE_TO,
      INFORMED, HANDLERS, READERS);

  // the longest text each field takes, as its form shows it
  /** accounts, reasons, notes and summaries */
  static final int NARRATIVE_LENGTH = 4000;
  /** one action: several must fit in the action plan, which holds 4,000 characters in all */
  static final int ACTION_LENGTH = 1000;
  /** where it happened, who owns an action, a referral's reference */
  static final int SHORT_TEXT_LENGTH = 200;
  /** a learner's school reference (as the learner register holds it) */
  static final int LEARNER_REFERENCE_LENGTH = 20;

  private ConcernVariables() {}
}
