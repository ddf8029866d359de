package uk.school.socialmedia.audit.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.school.socialmedia.audit.VerificationReport.Finding;
import uk.school.socialmedia.audit.VerificationReport.Problem;
import uk.school.socialmedia.platform.EngineClock;

/**
 * Whether a process instance's history went only as the product decided: not while a legal hold
 * stood (the hold register), and by history clean-up only when the retention rules had scheduled
 * it (the register of scheduled removals, journaled when each removal time was decided). Also
 * names every removal time set through the API, which the product itself never does. Reads, in
 * the verification's snapshot, the two registers and the engine's operation log (who did what).
 */
final class RemovalChecks {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(EngineClock.SCHOOL_ZONE);

  /** An operation of the engine's operation log that can remove or reschedule history. */
  private record EngineOperation(String logId, String type, String user, Instant at,
      String entityType) {

    String describe() {
      String what = "DeleteHistory".equals(type) ? "history deleted through the API"
          : "removal time set through the API";
      return what + " by " + (user == null ? "an unknown user" : user) + " on " + WHEN.format(at);
    }
  }

  private record Hold(long id, Instant heldAt, Instant releasedAt) {

    boolean standingAt(Instant time) {
      return !heldAt.isAfter(time) && (releasedAt == null || releasedAt.isAfter(time));
    }

    boolean standingAfter(Instant time) {
      return releasedAt == null || releasedAt.isAfter(time);
    }
  }

  private record Scheduled(Instant removalTime, Instant decidedAt) {}

  private final Connection connection;
  private final List<EngineOperation> operations;

  RemovalChecks(Connection connection) throws SQLException {
    this.connection = connection;
    this.operations = operations(connection);
  }

  /**
   * The finding for a process instance whose history is gone, or null when the removal was the
   * product's. {@code operation} is how the journal last recorded it (INSERT or UPDATE when it
   * went without the ledger noticing), {@code recordedAt} when.
   */
  Finding judge(String instanceId, Operation operation, Instant recordedAt, Long sequence)
      throws SQLException {
    List<Hold> holds = holds(instanceId);
    if (operation == Operation.CLEANUP) {
      for (Hold hold : holds) {
        if (hold.standingAt(recordedAt)) {
          return finding(Problem.HELD_RECORD_REMOVED, instanceId, sequence, "removed by history "
              + "clean-up on " + WHEN.format(recordedAt) + " while legal hold " + hold.id()
              + " stood", operationsBetween(Instant.MIN, recordedAt, "SetRemovalTime"));
        }
      }
      // a called (child) instance goes with its root, which is the one scheduled; a scheduled
      // row removed from the register is itself a DELETED finding of that register
      Scheduled scheduled = scheduled(instanceId);
      if (scheduled != null && (scheduled.removalTime() == null
          || scheduled.removalTime().isAfter(recordedAt))) {
        String decided = scheduled.removalTime() == null
            ? "the school's retention rules scheduled no removal"
            : "the school's retention rules scheduled it for "
                + WHEN.format(scheduled.removalTime());
        return finding(Problem.REMOVED_EARLY, instanceId, sequence, "removed by history clean-up "
            + "on " + WHEN.format(recordedAt) + " but " + decided,
            operationsBetween(scheduled.decidedAt(), recordedAt, "SetRemovalTime"));
      }
      return null;
    }
    for (Hold hold : holds) {
      if (hold.standingAfter(recordedAt)) {
        return finding(Problem.HELD_RECORD_REMOVED, instanceId, sequence, "removed, not by "
            + "history clean-up, while legal hold " + hold.id() + " stood",
            operationsBetween(recordedAt, Instant.MAX, "DeleteHistory"));
      }
    }
    return operation.gone() ? null : finding(Problem.DELETED, instanceId, sequence, "sealed as "
        + operation + " but no longer present", operationsBetween(recordedAt, Instant.MAX,
            "DeleteHistory"));
  }

  /** Every removal time set through the API to a date of the caller's choosing. */
  List<Finding> removalTimesSet() {
    return operations.stream().filter(op -> "SetRemovalTime".equals(op.type()))
        .map(op -> new Finding(Problem.REMOVAL_TIME_SET, HistoryTables.OPERATION_LOG.name(),
            op.logId(), null, op.describe() + " (" + op.entityType() + "): only the school's "
                + "retention rules may decide when records are removed"))
        .toList();
  }

  private Finding finding(Problem problem, String instanceId, Long sequence, String detail,
      List<EngineOperation> candidates) {
    String who = candidates.isEmpty() ? "; the operation log has no operation that explains it "
        + "(removed in the database?)" : "; " + candidates.stream()
        .map(EngineOperation::describe).collect(Collectors.joining("; "));
    return new Finding(problem, HistoryTables.PROCESS_INSTANCES.name(), instanceId, sequence,
        detail + who);
  }

  private List<EngineOperation> operationsBetween(Instant from, Instant to, String type) {
    return operations.stream().filter(op -> op.type().equals(type)
        && !op.at().isBefore(from) && !op.at().isAfter(to)).toList();
  }

  /**
   * Deletions of history and removal times set to a chosen date (mode ABSOLUTE_REMOVAL_TIME):
   * one entry per operation (its log has one row per property).
   */
  private static List<EngineOperation> operations(Connection connection) throws SQLException {
    List<EngineOperation> found = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("select ID_, OPERATION_TYPE_, "
        + "USER_ID_, TIMESTAMP_, ENTITY_TYPE_ from ACT_HI_OP_LOG where (OPERATION_TYPE_ = "
        + "'DeleteHistory' and PROPERTY_ = 'nrOfInstances') or (OPERATION_TYPE_ = "
        + "'SetRemovalTime' and PROPERTY_ = 'mode' and NEW_VALUE_ = 'ABSOLUTE_REMOVAL_TIME') "
        + "order by TIMESTAMP_, ID_");
         ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        Timestamp at = rows.getTimestamp(4);
        found.add(new EngineOperation(rows.getString(1), rows.getString(2), rows.getString(3),
            at.toInstant(), rows.getString(5)));
      }
    }
    return found;
  }

  private List<Hold> holds(String instanceId) throws SQLException {
    List<Hold> found = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("select id, held_at, released_at "
        + "from legal_hold where process_instance_id = ?")) {
      query.setString(1, instanceId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(new Hold(rows.getLong(1), instant(rows, 2), instant(rows, 3)));
        }
      }
    }
    return found;
  }

  private Scheduled scheduled(String instanceId) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select removal_time, decided_at "
        + "from scheduled_removal where process_instance_id = ?")) {
      query.setString(1, instanceId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? new Scheduled(instant(row, 1), instant(row, 2)) : null;
      }
    }
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  /** The journal's recorded_at (UTC without a zone) as an instant. */
  static Instant recordedAt(LocalDateTime recordedAt) {
    return recordedAt.toInstant(ZoneOffset.UTC);
  }
}
