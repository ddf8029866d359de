package uk.school.socialmedia.platform.process;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * A {@link RuleViolation} is the caller's fault: every REST surface answers it with 400 and the
 * rule's message alone, wherever it was thrown ({@code platform.web.EngineErrorResponses} for
 * Camunda's REST applications, {@code platform.security.ApiErrors} for the product's API).
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

  public static Response badRequest(RuleViolation violation) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of(
            "type", "RuleViolation",
            "message", violation.getMessage(),
            "problems", violation.problems()))
        .build();
  }
}
