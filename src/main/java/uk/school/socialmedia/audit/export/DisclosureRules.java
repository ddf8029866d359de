package uk.school.socialmedia.audit.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What an audit export may disclose (issue 9, point 2): the one place the privacy rules live.
 * Everything is an allow-list, so a new variable, column or process is withheld until it is
 * listed here:
 * <ul>
 *   <li>each {@link Kind} of record has a fixed list of columns; nothing else is written;</li>
 *   <li>process variables leave only when named for their process ({@link #disclosesVariable});
 *       free text that may describe a person (reasons, notes, post text, names) is not named;</li>
 *   <li>safeguarding concerns ({@value #CONCERNS}) leave only as aggregates per closed school
 *       term, frozen when the term closes, in fixed rows, small counts suppressed and the others
 *       rounded ({@link ProtectedCounts}); consent coverage likewise;</li>
 *   <li>staff are named only where their action is the record: who started a post or channel,
 *       who decided, who approved; never the assignees of concern tasks, never candidates;</li>
 *   <li>no learner names: the {@code learner} table is never read; consent is counted per
 *       purpose and year group.</li>
 * </ul>
 */
@Component
public class DisclosureRules {

  static final String CONCERNS = "concern-escalation";
  static final String EXCEPTIONS = "account-exception";

  /**
   * Process variables each process may disclose, by name (decisions, dates, plain choices).
   * (Immutable sets and maps refuse to look up null: every lookup below checks for it first.)
   */
  private static final Map<String, Set<String>> VARIABLES = Map.of(
      "channel-risk-assessment", Set.of("channelName", "platform", "purpose", "learnersTakePart",
          "riskRating", "accountUrl", "websiteLinkUrl", "registeredWithSchoolEmail",
          "noPasswordRecorded", "parentsInformedHow", "parentsInformedOn"),
      "channel-assessment-round", Set.of("channelName", "riskRating",
          "safeguardingRecommendation", "approvalDecision", "approvalRationale",
          "riskPrivacyLikelihood", "riskPrivacyImpact", "riskSafeguardingLikelihood",
          "riskSafeguardingImpact", "riskInteractionLikelihood", "riskInteractionImpact",
          "riskReputationLikelihood", "riskReputationImpact", "riskAccountSecurityLikelihood",
          "riskAccountSecurityImpact"),
      "aup-signing", Set.of("aupVersionNumber", "aupTextSha256"),
      "post-review", Set.of("channelId", "channelName", "learnersTakePart", "scheduledFor",
          "isReply", "reviewDecision", "checkProfessional", "checkAccurate",
          "checkNoPersonalInformation", "checkLegal", "checkConsent", "checkNoCommitment",
          "publishedUrl", "moderationOutcome"),
      "parental-consent", Set.of("consentSocialMediaImage", "consentWebsiteImage",
          "consentNameWithImage", "consentSocialMediaActivity", "parentRelationship",
          "dateOnForm"),
      "consent-withdrawal", Set.of("withdrawSocialMediaImage", "withdrawWebsiteImage",
          "withdrawNameWithImage", "withdrawSocialMediaActivity", "parentRelationship",
          "dateOnForm", "channelName", "takedownConfirmed"),
      // the kind, the decisions and their dates; never whom it concerns, the reasons or conditions
      EXCEPTIONS, Set.of("kind", "concernsRole", "requestedMonths", "recommendation",
          "decision", "approvedUntil", "reviewOutcome"));

  /**
   * Variables each process writes that are withheld on purpose: free text, people, references,
   * working values ({@code name*} stands for every name that begins so, e.g. one per AUP
   * commitment).
   * Every variable a process can write is in one list or the other (a test reads every form and
   * runs every process to check), so a new one is withheld until someone classifies it. Concerns
   * need no list: none of their variables leaves.
   */
  private static final Map<String, Set<String>> WITHHELD_VARIABLES = Map.of(
      "channel-risk-assessment", Set.of("initiator", "accessDetailsHolder",
          "accessDetailsLocation", "accountManagers", "audience", "inclusionPlan",
          "intendedOutcomes", "moderationPlan", "objectives", "parentsInformedSummary",
          "platformOther", "registrationEmail", "channelId", "annualReviewOpen", "annualReviews",
          "retirementReason", "retirementRequestedBy", "safeguardingAdvice",
          "safeguardingAdvisedBy", "safeguardingRecommendation", "approvalDecision",
          "approvalRationale", "approvalDecidedBy", "highestRiskScore", "risk*"),
      "channel-assessment-round", Set.of("initiator", "accountManagers", "audience",
          "inclusionPlan", "intendedOutcomes", "learnersTakePart", "moderationPlan",
          "objectives", "platform", "platformOther", "purpose", "registrationEmail", "channelId",
          "safeguardingAdvice", "safeguardingAdvisedBy", "approvalDecidedBy",
          "highestRiskScore", "riskAccountSecurityMitigation", "riskInteractionMitigation",
          "riskPrivacyMitigation", "riskReputationMitigation", "riskSafeguardingMitigation",
          "riskAccountSecurityScore", "riskInteractionScore", "riskPrivacyScore",
          "riskReputationScore", "riskSafeguardingScore",
          // an annual review's round is called with every variable of the channel's lifecycle
          "accessDetailsHolder", "accessDetailsLocation", "accountUrl", "annualReviewOpen",
          "annualReviews", "noPasswordRecorded", "parentsInformedHow", "parentsInformedOn",
          "parentsInformedSummary", "registeredWithSchoolEmail", "websiteLinkUrl"),
      "aup-signing", Set.of("initiator", "commitment*", "aupCommitment*", "aupText",
          "typedFullName", "signer", "signerName", "requestedBy", "signatureId", "signedAt",
          "escalatedTo"),
      "post-review", Set.of("initiator", "reviewRationale", "concernAbout", "concernReference",
          "imageDescription", "immediateRisk", "learnersShown", "moderationNotes", "postText",
          "replyToComment", "sendBackReason", "channelOptions", "learnerOptions",
          "consentInPlace", "publishAt", "published", "publishedAsApproved", "publishedBy",
          "reviewedBy"),
      "parental-consent", Set.of("initiator", "learnerReference", "parentName", "responseNote",
          "consentGivenFor", "consentValidUntil", "renewalDue", "renewalOf", "outcome"),
      "consent-withdrawal", Set.of("initiator", "learnerReference", "parentName", "postId",
          "postUrl", "takedownId", "takedownDue", "takedownNote", "withdrawalNote",
          "withdrawnPurposes", "withdrawnConsents", "publishedImagesFound", "outcome",
          // the engine's own counters of the takedown tasks, one per published image
          "loopCounter", "nrOfActiveInstances", "nrOfCompletedInstances", "nrOfInstances"),
      EXCEPTIONS, Set.of("initiator", "concernsReference", "conditions", "decisionRationale",
          "discussionOutcome", "reason", "recommendationRationale", "reviewNotes", "safeguards",
          "decidedBy", "discussedBy", "endDate", "exceptionId", "renewal", "requestedByHead",
          "revokedBy", "revocationReason", "policyAnswer"));

  /** Processes whose starter is named: starting them is the recorded act (proposing, writing). */
  private static final Set<String> NAMED_STARTERS = Set.of("channel-risk-assessment",
      "channel-assessment-round", "aup-signing", "post-review", "parental-consent",
      "consent-withdrawal");

  /** Identity links that name who acted (the assignee, the owner); candidates are not named. */
  private static final Set<String> NAMED_LINK_TYPES = Set.of("assignee", "owner");

  /** User-operation-log properties whose values say who or what, never free text. */
  private static final Set<String> OPERATION_VALUES = Set.of("assignee", "owner",
      "suspensionState", "priority", "dueDate", "followUpDate", "nrOfInstances");

  private final ProtectedCounts counts;

  public DisclosureRules(ExportProperties properties) {
    this.counts = new ProtectedCounts(properties.smallCountThreshold(), properties.roundingBase());
  }

  /** Whether the process's records leave one by one; concerns leave only as aggregates. */
  public boolean disclosesRecordsOf(String processKey) {
    return processKey != null && VARIABLES.containsKey(processKey);
  }

  public boolean disclosesVariable(String processKey, String variableName) {
    return disclosesRecordsOf(processKey) && variableName != null
        && VARIABLES.get(processKey).contains(variableName);
  }

  /** Whether someone decided if the variable leaves: it is named to leave or to stay. */
  public boolean classifies(String processKey, String variableName) {
    if (CONCERNS.equals(processKey)) {
      return true;
    }
    if (disclosesVariable(processKey, variableName)) {
      return true;
    }
    return processKey != null && variableName != null && WITHHELD_VARIABLES
        .getOrDefault(processKey, Set.of()).stream().anyMatch(withheld -> withheld.endsWith("*")
            ? variableName.startsWith(withheld.substring(0, withheld.length() - 1))
            : withheld.equals(variableName));
  }

  /** Who started the instance, or null where that would name someone it should not. */
  public String starter(String processKey, String userId) {
    return processKey != null && NAMED_STARTERS.contains(processKey) ? userId : null;
  }

  /** Processes whose records leave one by one but whose starter is never named, anywhere. */
  public Set<String> processesWithUnnamedStarters() {
    return VARIABLES.keySet().stream().filter(key -> !NAMED_STARTERS.contains(key))
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Task assignees are named only in processes whose records leave one by one. */
  public String assignee(String processKey, String userId) {
    return disclosesRecordsOf(processKey) ? userId : null;
  }

  /** The user of an identity-link change, only when the link names who acts on the task. */
  public String linkUser(String linkType, String userId) {
    return linkType != null && NAMED_LINK_TYPES.contains(linkType) ? userId : null;
  }

  public String operationValue(String property, String value) {
    return property != null && OPERATION_VALUES.contains(property) ? value : null;
  }

  public int threshold() {
    return counts.threshold();
  }

  public String suppressed() {
    return counts.suppressed();
  }

  /** How counts about people are published: see {@link ProtectedCounts}. */
  ProtectedCounts counts() {
    return counts;
  }

  /**
   * The row a concern's route is counted in: routes about the Head, the DSL, a member of staff
   * or anyone else named are one neutral row, so that nobody learns a concern is about them;
   * a route nobody listed falls in it too.
   */
  static String routeRow(String route) {
    return SAFEGUARDING_ROUTE.equals(route) ? SAFEGUARDING_ROUTE : ABOUT_STAFF_OR_HEAD;
  }

  static final String SAFEGUARDING_ROUTE = "SAFEGUARDING";
  static final String ABOUT_STAFF_OR_HEAD = "ABOUT_STAFF_OR_HEAD";

  /** One column of a file: its name and what it holds (the README and the docs list them). */
  public record Column(String name, String description) {}

  /** The kinds of record an export holds: one CSV file each, one {@code kind} in JSON lines. */
  public enum Kind {
    PROCESS_INSTANCES("process-instances", "One row per process instance started in the period "
        + "(concerns are counted in concern-figures only).",
        col("processInstanceId", "the engine's id of the instance"),
        col("processKey", "the process (see the README's process list)"),
        col("processVersion", "the version of the process model"),
        col("startedAt", "when it started (UTC)"),
        col("endedAt", "when it ended (UTC); empty while it runs"),
        col("state", "ACTIVE, SUSPENDED, COMPLETED, EXTERNALLY_TERMINATED or INTERNALLY_TERMINATED"),
        col("startedBy", "who started it, where starting it is the recorded act (e.g. the "
            + "author of a post); empty for account exceptions")),
    TASKS("tasks", "One row per user task created in the period: who did it and when.",
        col("taskId", "the engine's id of the task"),
        col("processInstanceId", "its process instance"),
        col("processKey", "its process"),
        col("taskKey", "the task in the diagram, e.g. Task_ApproveChannel"),
        col("taskName", "the task's name"),
        col("createdAt", "when it was offered (UTC)"),
        col("dueAt", "when it was due (UTC), if it had a due date"),
        col("endedAt", "when it was completed or cancelled (UTC)"),
        col("outcome", "OPEN, COMPLETED or CANCELLED"),
        col("assignee", "who had it last (the one who completed it)")),
    VARIABLE_UPDATES("variable-updates", "Decisions, rationales and other allowed values given "
        + "in the period, mostly at task completion (form submissions); other variables are "
        + "withheld.",
        col("updateId", "the engine's id of the update"),
        col("occurredAt", "when it was given (UTC)"),
        col("processInstanceId", "its process instance"),
        col("processKey", "its process"),
        col("taskId", "the task, for a value kept on the task only"),
        col("operationId", "the operation in operations.csv that gave it (e.g. the Complete of "
            + "the task whose form was submitted); empty when set by the process itself"),
        col("variable", "the variable's name, e.g. approvalDecision"),
        col("value", "the value given")),
    IDENTITY_LINKS("identity-links", "Changes in who a task was offered or given to, in the "
        + "period.",
        col("occurredAt", "when (UTC)"),
        col("processKey", "the process"),
        col("taskId", "the task"),
        col("type", "assignee, owner or candidate"),
        col("operation", "add or delete"),
        col("userId", "the user given or relieved of the task (assignee and owner only)"),
        col("groupId", "the group offered the task"),
        col("changedBy", "who made the change")),
    OPERATIONS("operations", "The engine's user operation log for the period: who did what to "
        + "which process instance or task.",
        col("occurredAt", "when (UTC)"),
        col("operationId", "entries with the same id are one operation"),
        col("userId", "who did it"),
        col("operationType", "e.g. Claim, Complete, Assign, Create, Delete"),
        col("entityType", "e.g. Task, ProcessInstance, Variable"),
        col("category", "TaskWorker, Operator or Admin"),
        col("processKey", "the process"),
        col("processInstanceId", "the process instance"),
        col("taskId", "the task"),
        col("property", "what changed"),
        col("newValue", "its new value, for assignee, owner, priority, dates and suspension only")),
    INCIDENTS("incidents", "Technical failures raised by the engine in the period (the message "
        + "is withheld: it can hold data).",
        col("incidentId", "the engine's id"),
        col("createdAt", "when (UTC)"),
        col("endedAt", "when resolved or deleted (UTC)"),
        col("state", "OPEN, RESOLVED or DELETED"),
        col("type", "e.g. failedJob"),
        col("processKey", "the process"),
        col("processInstanceId", "the process instance"),
        col("activityId", "where in the diagram")),
    ESCALATIONS("escalations", "Clocks that ran out in the period: reminders, escalations, "
        + "expiries (concerns' are counted in concern-figures only).",
        col("occurredAt", "when the clock ran out (UTC)"),
        col("processKey", "the process"),
        col("processInstanceId", "the process instance"),
        col("timerId", "the timer in the diagram"),
        col("timerName", "its name, e.g. Approval overdue")),
    CHANNELS("channels", "The channel register: channels proposed by the end of the period, "
        + "their state at export time.",
        col("channelId", "the register's id"),
        col("name", "the channel's name"),
        col("platform", "e.g. FACEBOOK"),
        col("purpose", "what it is for"),
        col("status", "PROPOSED, ACTIVE, SUSPENDED, RETIRED or REJECTED"),
        col("riskRating", "LOW, MEDIUM or HIGH"),
        col("learnersTakePart", "true when learners take part"),
        col("proposedBy", "who proposed it"),
        col("proposedAt", "when (UTC)"),
        col("approvedBy", "who approved it"),
        col("approvedAt", "when (UTC)"),
        col("activatedAt", "when it went live (UTC)"),
        col("nextReviewDue", "when its annual review is due (UTC)"),
        col("accountUrl", "the public address of the account"),
        col("processInstanceId", "its channel-risk-assessment instance")),
    CHANNEL_STATUS_CHANGES("channel-status-changes", "Every change of a channel's status in "
        + "the period, with who made it and why.",
        col("channelId", "the channel"),
        col("fromStatus", "status before"),
        col("toStatus", "status after"),
        col("changedAt", "when (UTC)"),
        col("changedBy", "who"),
        col("reason", "why")),
    AUP_COMPLETION("aup-completion", "Per AUP version, at export time: how many were asked to "
        + "sign it and how many signed.",
        col("version", "the AUP version"),
        col("effectiveDate", "when it took effect"),
        col("textSha256", "SHA-256 of the exact text signed"),
        col("publishedBy", "who published it"),
        col("asked", "signing requests started for it"),
        col("signed", "signatures recorded for it"),
        col("percentSigned", "signed of asked, in per cent")),
    AUP_SIGNATURES("aup-signatures", "Signatures of the AUP recorded in the period (the typed "
        + "name is withheld).",
        col("userId", "who signed"),
        col("version", "which version"),
        col("textSha256", "SHA-256 of the text they were shown"),
        col("signedAt", "when (UTC)"),
        col("processInstanceId", "its aup-signing instance")),
    CONSENT_COVERAGE("consent-coverage", "Per purpose and year group, on the last day of the "
        + "period (or today): learners on roll and how many have current parental consent, "
        + "protected like the concern figures (below the threshold \"fewer than N\", otherwise "
        + "rounded to the nearest 5), so that a small class shows no learner's consent. No "
        + "learner is named or referenced.",
        col("asOf", "the day counted"),
        col("purpose", "what consent is for"),
        col("yearGroup", "the year group"),
        col("learners", "learners in the year group (rounded or suppressed)"),
        col("withConsent", "learners with current consent for the purpose (rounded or "
            + "suppressed)"),
        col("percent", "with consent, in per cent of the rounded figures; empty when either is "
            + "suppressed")),
    POSTS("posts", "Posts drafted or published in the period (the text is withheld; its "
        + "SHA-256 proves which text was approved); a post stopped by a concern is not listed.",
        col("postId", "the register's id"),
        col("processInstanceId", "its post-review instance"),
        col("channelId", "the channel"),
        col("channelName", "the channel's name"),
        col("status", "DRAFT, IN_REVIEW, APPROVED, PUBLISHED, REJECTED, EXPIRED ..."),
        col("author", "who wrote it"),
        col("draftedAt", "when (UTC)"),
        col("approvedBy", "who approved it (never the author)"),
        col("approvedAt", "when (UTC)"),
        col("approvedTextSha256", "SHA-256 of the approved text"),
        col("publishedBy", "who published it"),
        col("publishedAt", "when (UTC)"),
        col("publishedUrl", "where"),
        col("learnersShown", "how many learners it shows")),
    ACCOUNT_EXCEPTIONS("account-exceptions", "Exceptions to the personal-account rules "
        + "approved or ended in the period: kind, state, dates and who decided; never whom they "
        + "concern, the reasons or the conditions.",
        col("exceptionId", "the register's id"),
        col("processInstanceId", "its account-exception instance"),
        col("exceptionKind", "what the exception allows"),
        col("status", "ACTIVE, EXPIRED, REVOKED or CLOSED"),
        col("approvedBy", "who decided"),
        col("approvedAt", "when (UTC)"),
        col("endDate", "the last day it may be used"),
        col("renewals", "how often it was renewed"),
        col("endedAt", "when it ended (UTC)"),
        col("endedBy", "who ended it (empty when its requester closed it)")),
    CONCERN_FIGURES("concern-figures", "Safeguarding concerns reported in each whole school "
        + "term the period touches, as aggregates only, counted once when the term closed and "
        + "never changed after: the same rows every term (category, route, outcome, state, time "
        + "to acknowledge, clocks missed), counts below the threshold read \"fewer than N\" "
        + "(zero included), the others are rounded to the nearest 5, and \"withheld\" hides a "
        + "figure that would let the total reveal a small one. A term still running shows no "
        + "figures.",
        col("term", "the school term, e.g. Autumn 2026"),
        col("measure", "what is counted: total, byCategory, byRoute, byOutcome, byState, "
            + "acknowledgedWithin or clocksMissed"),
        col("value", "the category, route, outcome, state, time or timer; 'total' for the total"),
        col("figure", "the count, rounded or suppressed; or 'after the term closes'")),
    EXPORTS("exports", "Audit exports requested in the period before this one: who, when, "
        + "scope and the SHA-256 of their manifest.",
        col("exportId", "the export's id"),
        col("requestedBy", "who asked for it"),
        col("requestedAt", "when (UTC)"),
        col("periodFrom", "first day of its period"),
        col("periodTo", "last day of its period"),
        col("scope", "the process key, or 'all'"),
        col("state", "RUNNING, COMPLETED or FAILED"),
        col("manifestSha256", "SHA-256 of its manifest.json"),
        col("chainSequence", "the audit chain head it carries: sequence"),
        col("chainHash", "and hash"));

    private final String file;
    private final String description;
    private final List<Column> columns;

    Kind(String file, String description, Column... columns) {
      this.file = file;
      this.description = description;
      this.columns = List.of(columns);
    }

    /** The CSV file's name without extension; also the {@code kind} in JSON lines. */
    public String file() {
      return file;
    }

    public String description() {
      return description;
    }

    public List<Column> columns() {
      return columns;
    }

    public List<String> columnNames() {
      return columns.stream().map(Column::name).toList();
    }

    private static Column col(String name, String description) {
      return new Column(name, description);
    }
  }
}
