package uk.school.socialmedia.platform.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * A {@link RuleViolation} is the caller's fault: Camunda's REST API answers it with 400 and the
 * rule's message, wherever it was thrown. Camunda itself says 400 only for task completion and
 * form submits; it says 500 for a refused process start or claim, which these mappers correct.
 */
public final class RuleViolationResponses {

  private RuleViolationResponses() {}

  /** Camunda wraps what listeners throw: the rule is looked for among the causes. */
  public static RuleViolation find(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation violation) {
        return violation;
      }
    }
    return null;
  }

  static Response badRequest(RuleViolation violation) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of(
            "type", "RuleViolation",
            "message", violation.getMessage(),
            "problems", violation.problems()))
        .build();
  }

  /** Thrown through the REST layer as an engine exception (claim, assign, delegate). */
  @Priority(1)
  public static class Direct implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      RuleViolation violation = find(exception);
      return violation != null ? badRequest(violation) : camundaDefault.toResponse(exception);
    }
  }

  /** Wrapped by Camunda's REST layer (start, complete, submit form). */
  @Priority(1)
  public static class Wrapped implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      RuleViolation violation = find(exception);
      return violation != null ? badRequest(violation) : camundaDefault.toResponse(exception);
    }
  }
}
