package uk.school.socialmedia.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Runs inside Camunda's history clean-up, in its transaction and on its connection, before
 * anything is removed: the last chance to keep what the product did not decide to remove.
 */
public interface BeforeHistoryCleanup {

  /** Called with the clean-up's cut-off: rows whose removal time is at or before it go. */
  void beforeCleanup(Connection connection, Instant cutOff) throws SQLException;
}
