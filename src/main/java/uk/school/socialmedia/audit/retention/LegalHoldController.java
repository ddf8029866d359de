package uk.school.socialmedia.audit.retention;

import java.time.Instant;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.security.Roles;

/**
 * Legal holds for the Head and the DSL: place one on a record whose history they may read, list
 * the standing ones, release one. Only the hold itself is shown, never the record's contents.
 */
@RestController
@RequestMapping("/api/retention/holds")
@PreAuthorize(Roles.IS_HEAD_OR_DSL)
class LegalHoldController {

  record HoldRequest(String processInstanceId, String reason) {}

  record ReleaseRequest(String reason) {}

  record Hold(long id, String processInstanceId, String processDefinitionKey, String reason,
      String heldBy, Instant heldAt, String releasedBy, Instant releasedAt, String releaseReason) {

    static Hold of(LegalHold hold) {
      return new Hold(hold.getId(), hold.getProcessInstanceId(), hold.getProcessDefinitionKey(),
          hold.getReason(), hold.getHeldBy(), hold.getHeldAt(), hold.getReleasedBy(),
          hold.getReleasedAt(), hold.getReleaseReason());
    }
  }

  private final LegalHolds holds;

  LegalHoldController(LegalHolds holds) {
    this.holds = holds;
  }

  @GetMapping
  List<Hold> standing() {
    return holds.standing().stream().map(Hold::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Hold place(@RequestBody HoldRequest request, Authentication user) {
    return Hold.of(holds.place(request.processInstanceId(), request.reason(), user.getName()));
  }

  @PostMapping("/{id}/release")
  Hold release(@PathVariable long id, @RequestBody ReleaseRequest request, Authentication user) {
    try {
      return Hold.of(holds.release(id, request.reason(), user.getName()));
    } catch (NoSuchElementException unknownOrNotYours) {
      // a hold on a record the caller may not read answers exactly as a hold that does not exist
      throw new NoSuchElementException("No legal hold " + id + ".");
    }
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<Map<String, Object>> unknown(NoSuchElementException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
  }
}
