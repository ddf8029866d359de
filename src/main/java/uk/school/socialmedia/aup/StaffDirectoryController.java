package uk.school.socialmedia.aup;

import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.security.Roles;

/** Lets the technical administrator keep the staff directory (who manages whom). */
@RestController
@RequestMapping("/api/admin/staff-directory")
@PreAuthorize(Roles.IS_IT_ADMIN)
class StaffDirectoryController {

  record LineManager(String lineManager) {}

  private final StaffDirectory directory;

  StaffDirectoryController(StaffDirectory directory) {
    this.directory = directory;
  }

  @GetMapping
  List<StaffDirectoryEntry> all() {
    return directory.all();
  }

  @PutMapping("/{userId}")
  StaffDirectoryEntry assign(@PathVariable String userId, @RequestBody LineManager body,
      Principal admin) {
    return directory.assign(userId, body.lineManager(), admin.getName());
  }

  @DeleteMapping("/{userId}")
  ResponseEntity<Void> remove(@PathVariable String userId) {
    directory.remove(userId);
    return ResponseEntity.noContent().build();
  }
}
