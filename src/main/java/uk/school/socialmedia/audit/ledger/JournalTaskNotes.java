package uk.school.socialmedia.audit.ledger;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Journals task and instance comments and attachments, which the engine writes without history
 * events: around each command that adds, changes or deletes one, the rows of its task or
 * instance (read before the command, so deleted ones are included) and the row it names or
 * returns are noted for {@link PendingJournal}. The commands keep their targets in protected
 * fields, read here by name.
 */
class JournalTaskNotes extends CommandInterceptor {

  private static final Map<Class<?>, AuditedTable> COMMANDS = Map.of(
      AddCommentCmd.class, HistoryTables.COMMENTS,
      UpdateCommentCmd.class, HistoryTables.COMMENTS,
      DeleteTaskCommentCmd.class, HistoryTables.COMMENTS,
      DeleteProcessInstanceCommentCmd.class, HistoryTables.COMMENTS,
      CreateAttachmentCmd.class, HistoryTables.ATTACHMENTS,
      SaveAttachmentCmd.class, HistoryTables.ATTACHMENTS,
      DeleteAttachmentCmd.class, HistoryTables.ATTACHMENTS);

  private final Journal journal;
  private final DataSource dataSource;

  JournalTaskNotes(Journal journal, DataSource dataSource) {
    this.journal = journal;
    this.dataSource = dataSource;
  }

  @Override
  public <T> T execute(Command<T> command) {
    AuditedTable table = COMMANDS.get(command.getClass());
    if (table == null) {
      return next.execute(command);
    }
    Set<String> ids = rowsOf(table, field(command, "taskId"), field(command, "processInstanceId"));
    addIfPresent(ids, field(command, "commentId"));
    addIfPresent(ids, field(command, "attachmentId"));
    if (readField(command, "attachment") instanceof Attachment attachment) {
      addIfPresent(ids, attachment.getId());
    }
    T result = next.execute(command);
    if (result instanceof Comment comment) {
      ids.add(comment.getId());
    } else if (result instanceof Attachment attachment) {
      ids.add(attachment.getId());
    }
    PendingJournal pending = PendingJournal.current(journal, dataSource);
    ids.forEach(id -> pending.noteRow(table, id));
    return result;
  }

  private Set<String> rowsOf(AuditedTable table, String taskId, String processInstanceId) {
    Set<String> ids = new LinkedHashSet<>();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      if (taskId != null) {
        collect(connection, "select ID_ from " + table.name() + " where TASK_ID_ = ?", taskId, ids);
      }
      if (processInstanceId != null) {
        collect(connection, "select ID_ from " + table.name() + " where PROC_INST_ID_ = ?",
            processInstanceId, ids);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the comments or attachments to journal",
          e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    return ids;
  }

  private static void collect(Connection connection, String sql, String key, Set<String> ids)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, key);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
    }
  }

  private static void addIfPresent(Set<String> ids, String id) {
    if (id != null) {
      ids.add(id);
    }
  }

  private static String field(Object command, String name) {
    return readField(command, name) instanceof String value ? value : null;
  }

  private static Object readField(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      return null;
    }
    ReflectionUtils.makeAccessible(field);
    return ReflectionUtils.getField(field, command);
  }
}
