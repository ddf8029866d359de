package uk.school.socialmedia.notification;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.school.socialmedia.platform.security.Roles;

/** Lets technical administrators read every notification and whether it was sent. */
@RestController
@RequestMapping("/api/admin/outbox")
class OutboxController {

  private final OutboxRepository outbox;

  OutboxController(OutboxRepository outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  @PreAuthorize(Roles.IS_IT_ADMIN)
  List<OutboxMessage> latest(@RequestParam(defaultValue = "100") int limit) {
    return outbox.findAllByOrderByIdDesc(PageRequest.of(0, Math.min(Math.max(limit, 1), 1000)));
  }
}
