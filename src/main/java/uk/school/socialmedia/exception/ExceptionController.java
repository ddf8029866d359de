package uk.school.socialmedia.exception;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.security.Roles;

/**
 * The register for the DSL, deputy and Head: which exceptions are in force today, and revoking
 * one early with a reason.
 */
@RestController
@RequestMapping("/api/exceptions")
@PreAuthorize(Roles.IS_SAFEGUARDING_LEAD_OR_HEAD)
class ExceptionController {

  /** One exception in force, as the register shows it. */
  record CurrentException(long id, String requester, ExceptionKind kind, ConcernedPerson concerns,
      String concernsReference, String conditions, String approvedBy, LocalDate endDate,
      int renewals, String processInstanceId) {

    static CurrentException of(ExceptionRecord record) {
      return new CurrentException(record.getId(), record.getRequester(), record.getKind(),
          record.getConcerns(), record.getConcernsReference(), record.getConditions(),
          record.getApprovedBy(), record.getEndDate(), record.getRenewals(),
          record.getProcessInstanceId());
    }
  }

  record Revocation(String reason) {}

  private final ExceptionRegister register;

  ExceptionController(ExceptionRegister register) {
    this.register = register;
  }

  @GetMapping("/current")
  List<CurrentException> current() {
    return register.currentExceptions().stream().map(CurrentException::of).toList();
  }

  @PostMapping("/{id}/revoke")
  ResponseEntity<Void> revoke(@PathVariable long id, @RequestBody Revocation revocation,
      Authentication user) {
    register.revoke(id, revocation.reason(), user.getName());
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, Object>> unknown(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
