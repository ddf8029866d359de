package uk.school.socialmedia.audit.comments;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ReflectionUtils;
import uk.school.socialmedia.audit.comments.CommentRevision.Change;

/**
 * A comment is part of the record of a decision: only its author may edit or delete it, and
 * only while its task (or, for an instance comment, its process) is still open; deleting all of
 * a task's comments at once is refused to everyone signed in. The text before each change is
 * kept in {@code comment_revision}. The engine's own calls (no signed-in user) are not limited.
 * The commands keep their targets in protected fields, read here by name.
 */
class CommentsByTheirAuthor extends CommandInterceptor {

  static final String NOT_YOURS = "Only the colleague who wrote a comment may change or delete "
      + "it, one comment at a time.";
  static final String CLOSED = "This comment's task is finished: its comments are part of the "
      + "record and can no longer be changed or deleted.";

  private static final Map<Class<?>, Change> COMMANDS = Map.of(
      UpdateCommentCmd.class, Change.EDITED,
      DeleteTaskCommentCmd.class, Change.DELETED,
      DeleteProcessInstanceCommentCmd.class, Change.DELETED);

  // looked up when first used: the engine is configured before the JPA repositories exist
  private final ObjectProvider<CommentRevisionRepository> revisions;
  private final Clock clock;

  CommentsByTheirAuthor(ObjectProvider<CommentRevisionRepository> revisions, Clock clock) {
    this.revisions = revisions;
    this.clock = clock;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Change change = COMMANDS.get(command.getClass());
    CommandContext context = Context.getCommandContext();
    String user = context == null ? null : context.getAuthenticatedUserId();
    if (change != null && user != null) {
      check(context, change, user, field(command, "taskId"), field(command, "processInstanceId"),
          field(command, "commentId"));
    }
    return next.execute(command);
  }

  private void check(CommandContext context, Change change, String user, String taskId,
      String processInstanceId, String commentId) {
    if (commentId == null) {
      throw new AuthorizationException(NOT_YOURS);
    }
    CommentEntity comment = taskId != null
        ? context.getCommentManager().findCommentByTaskIdAndCommentId(taskId, commentId)
        : context.getCommentManager()
            .findCommentByProcessInstanceIdAndCommentId(processInstanceId, commentId);
    if (comment == null) {
      return; // the engine answers an unknown comment itself
    }
    if (!user.equals(comment.getUserId())) {
      throw new AuthorizationException(NOT_YOURS);
    }
    boolean open = taskId != null ? context.getTaskManager().findTaskById(taskId) != null
        : context.getExecutionManager().findExecutionById(processInstanceId) != null;
    if (!open) {
      throw new AuthorizationException(CLOSED);
    }
    revisions.getObject().save(new CommentRevision(commentId, comment.getTaskId(),
        comment.getProcessInstanceId(), comment.getUserId(), comment.getFullMessage(),
        comment.getTime() == null ? null : comment.getTime().toInstant(), change, user,
        clock.instant()));
  }

  private static String field(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      return null;
    }
    ReflectionUtils.makeAccessible(field);
    return ReflectionUtils.getField(field, command) instanceof String value ? value : null;
  }
}
