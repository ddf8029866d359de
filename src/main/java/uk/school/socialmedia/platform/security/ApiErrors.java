package uk.school.socialmedia.platform.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.platform.process.RuleViolationResponses;

/**
 * The product's own API answers engine refusals as Camunda's REST API does (same JSON shape):
 * a refused rule is 400 with its message, even when the engine wrapped it; a missing permission
 * is 403.
 */
@RestControllerAdvice
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(RuleViolation.class)
  ResponseEntity<Map<String, Object>> refused(RuleViolation violation) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
        "type", "RuleViolation", "message", violation.getMessage(),
        "problems", violation.problems()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException exception) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of(
        "type", "AuthorizationException", "message", exception.getMessage()));
  }

  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> engine(ProcessEngineException exception) {
    RuleViolation violation = RuleViolationResponses.find(exception);
    if (violation != null) {
      return refused(violation);
    }
    log.error("Engine call from the product API failed", exception);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of(
        "type", "ProcessEngineException", "message", "The request could not be completed."));
  }
}
