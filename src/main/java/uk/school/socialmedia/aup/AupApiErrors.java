package uk.school.socialmedia.aup;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uk.school.socialmedia.platform.process.RuleViolation;

/** A refused request to the AUP API is the caller's fault: 400 with the rule's message. */
@RestControllerAdvice(assignableTypes = {AupController.class, StaffDirectoryController.class})
class AupApiErrors {

  @ExceptionHandler(RuleViolation.class)
  ResponseEntity<Map<String, Object>> refused(RuleViolation violation) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
        "type", "RuleViolation",
        "message", violation.getMessage(),
        "problems", violation.problems()));
  }
}
