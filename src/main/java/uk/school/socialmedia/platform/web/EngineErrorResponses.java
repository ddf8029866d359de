package uk.school.socialmedia.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.platform.process.RuleViolationResponses;

/**
 * How Camunda's REST applications answer a failed engine call. Camunda says 500 for much that is
 * the caller's doing (a broken rule in a listener, a task someone else completed or claimed, a
 * change that crossed another, a value the engine refuses): those become the right 4xx with words
 * a person can act on. Only the engine's own verdict on the call counts (the exception itself or
 * the one Camunda's REST layer wrapped), so a fault inside the server's own code stays a 500.
 * Everything else is answered exactly as Camunda would.
 */
public final class EngineErrorResponses {

  static final String TASK_GONE =
      "This task no longer exists: it may have been completed by someone else. "
          + "Reload your task list.";
  static final String ALREADY_CLAIMED =
      "Someone else has already claimed this task. Reload your task list.";
  static final String CHANGED_MEANWHILE =
      "Someone else changed this at the same time. Reload and try again.";

  /** The engine's message for a value sent in Java's serialization format, which is refused. */
  private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

  private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-\\d+\\s*");

  private EngineErrorResponses() {}

  public static Response toResponse(Throwable thrown) {
    RuleViolation violation = RuleViolationResponses.find(thrown);
    if (violation != null) {
      return RuleViolationResponses.badRequest(violation);
    }
    Throwable verdict = thrown instanceof RestException && thrown.getCause() != null
        ? thrown.getCause() : thrown;
    Response callersDoing = callersDoing(verdict);
    return callersDoing != null
        ? callersDoing : ExceptionHandlerHelper.getInstance().getResponse(thrown);
  }

  private static Response callersDoing(Throwable verdict) {
    String message = verdict.getMessage() == null ? "" : verdict.getMessage();
    if (verdict instanceof TaskAlreadyClaimedException) {
      return refusal(Response.Status.CONFLICT, verdict, ALREADY_CLAIMED);
    }
    if (verdict instanceof OptimisticLockingException) {
      return refusal(Response.Status.CONFLICT, verdict, CHANGED_MEANWHILE);
    }
    if (verdict instanceof NullValueException && message.startsWith("Cannot find task with id")) {
      return refusal(Response.Status.NOT_FOUND, verdict, TASK_GONE);
    }
    if (verdict instanceof ProcessEngineException
        && message.startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
      return refusal(Response.Status.BAD_REQUEST, verdict, sentence(withoutEngineCodes(message))
          + " Send plain values (text, numbers, dates, true/false) or JSON.");
    }
    if (verdict instanceof NotFoundException) {
      return refusal(Response.Status.NOT_FOUND, verdict, withoutEngineCodes(message));
    }
    if (verdict instanceof BadUserRequestException) {
      return refusal(Response.Status.BAD_REQUEST, verdict, withoutEngineCodes(message));
    }
    return null;
  }

  static String withoutEngineCodes(String message) {
    return ENGINE_CODE.matcher(message).replaceAll("").trim();
  }

  private static String sentence(String text) {
    return text.endsWith(".") ? text : text + ".";
  }

  static Response refusal(Response.Status status, Throwable verdict, String message) {
    return refusal(status, verdict.getClass().getSimpleName(), message);
  }

  /** Camunda's own shape for errors: {"type", "message"}. */
  static Response refusal(Response.Status status, String type, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", type, "message", message))
        .build();
  }

  /** Camunda's applications map these three types; ours take precedence over theirs. */
  @Priority(1)
  public static class ForAnyFailure implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable thrown) {
      return EngineErrorResponses.toResponse(thrown);
    }
  }

  @Priority(1)
  public static class ForEngineFailures implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException thrown) {
      return EngineErrorResponses.toResponse(thrown);
    }
  }

  @Priority(1)
  public static class ForRestFailures implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException thrown) {
      return EngineErrorResponses.toResponse(thrown);
    }
  }
}
