package uk.school.socialmedia.audit.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.audit.BeforeHistoryCleanup;

/**
 * Before every history clean-up run, the removal time of each record about to go is checked
 * against the product's own decisions: a record under a standing legal hold gets no removal time
 * again, and a record whose removal time is not the scheduled one (set through the API, or in the
 * database) gets the scheduled one back. Camunda's clean-up removes purely by removal time, so
 * this is what makes a hold hold whoever changed the time. Records the product never scheduled
 * (none in this product's processes) are left to Camunda's own rule.
 */
@Component
class RestoreDecidedRemovalTimes implements BeforeHistoryCleanup {

  private static final Logger log = LoggerFactory.getLogger(RestoreDecidedRemovalTimes.class);

  /** Every table whose rows Camunda's clean-up removes by removal time, per root instance. */
  static final List<String> TABLES_BY_ROOT = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST",
      "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK",
      "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_EXT_TASK_LOG",
      "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_COMMENT",
      "ACT_HI_ATTACHMENT", "ACT_GE_BYTEARRAY", "ACT_RU_AUTHORIZATION");

  @Override
  public void beforeCleanup(Connection connection, Instant cutOff) throws SQLException {
    for (String root : rootsDue(connection, cutOff)) {
      Optional<Decided> decided = held(connection, root) ? Optional.of(Decided.NEVER)
          : scheduled(connection, root);
      if (decided.isPresent() && !decided.get().dueBy(cutOff)) {
        log.warn("History of process instance {} was due for clean-up against the school's "
            + "retention decision; its removal time is put back to {}", root,
            decided.get().removalTime() == null ? "none" : decided.get().removalTime());
        restore(connection, root, decided.get().removalTime());
      }
    }
  }

  /** The removal time the product decided; null when nothing of the record may go. */
  private record Decided(Instant removalTime) {
    static final Decided NEVER = new Decided(null);

    boolean dueBy(Instant cutOff) {
      return removalTime != null && !removalTime.isAfter(cutOff);
    }
  }

  private static Set<String> rootsDue(Connection connection, Instant cutOff)
      throws SQLException {
    Set<String> roots = new LinkedHashSet<>();
    for (String table : TABLES_BY_ROOT) {
      try (PreparedStatement due = connection.prepareStatement("select distinct "
          + "ROOT_PROC_INST_ID_ from " + table + " where REMOVAL_TIME_ <= ? "
          + "and ROOT_PROC_INST_ID_ is not null")) {
        due.setTimestamp(1, Timestamp.from(cutOff));
        try (ResultSet rows = due.executeQuery()) {
          while (rows.next()) {
            roots.add(rows.getString(1));
          }
        }
      }
    }
    return roots;
  }

  private static boolean held(Connection connection, String root) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select count(*) from legal_hold "
        + "where process_instance_id = ? and released_at is null")) {
      query.setString(1, root);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getLong(1) > 0;
      }
    }
  }

  private static Optional<Decided> scheduled(Connection connection, String root)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select removal_time from "
        + "scheduled_removal where process_instance_id = ?")) {
      query.setString(1, root);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        OffsetDateTime time = row.getObject(1, OffsetDateTime.class);
        return Optional.of(new Decided(time == null ? null : time.toInstant()));
      }
    }
  }

  private static void restore(Connection connection, String root, Instant removalTime)
      throws SQLException {
    for (String table : TABLES_BY_ROOT) {
      try (PreparedStatement update = connection.prepareStatement("update " + table
          + " set REMOVAL_TIME_ = ? where ROOT_PROC_INST_ID_ = ?")) {
        update.setTimestamp(1, removalTime == null ? null : Timestamp.from(removalTime));
        update.setString(2, root);
        update.executeUpdate();
      }
    }
  }
}
