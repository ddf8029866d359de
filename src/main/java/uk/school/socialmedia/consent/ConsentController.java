package uk.school.socialmedia.consent;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.process.RuleViolation;
import uk.school.socialmedia.platform.security.Roles;

/** The office's bulk work on the consent register; the school office only. */
@RestController
@RequestMapping("/api/consent")
@PreAuthorize(Roles.IS_OFFICE)
class ConsentController {

  /** @param learnerReferences whom to ask; empty or absent: every learner on the register */
  record RequestBatch(List<String> learnerReferences) {}

  private final LearnerImport learnerImport;
  private final ConsentRequests requests;

  ConsentController(LearnerImport learnerImport, ConsentRequests requests) {
    this.learnerImport = learnerImport;
    this.requests = requests;
  }

  /** Loads learners from CSV (text/csv body); answers with the rows that were refused and why. */
  @PostMapping(path = "/learners/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  LearnerImport.Report importLearners(@RequestBody String csv) {
    return learnerImport.importCsv(new StringReader(csv));
  }

  /** Starts one consent request per learner (start of the school year). */
  @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  ConsentRequests.Report startRequests(@RequestBody RequestBatch batch) {
    return requests.start(batch.learnerReferences() == null ? List.of()
        : batch.learnerReferences());
  }

  @ExceptionHandler(RuleViolation.class)
  ResponseEntity<Map<String, Object>> refused(RuleViolation violation) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
        "type", "RuleViolation", "message", violation.getMessage(),
        "problems", violation.problems()));
  }
}
