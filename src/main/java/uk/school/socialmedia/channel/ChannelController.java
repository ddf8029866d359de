package uk.school.socialmedia.channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.school.socialmedia.platform.process.ActingForUser;
import uk.school.socialmedia.platform.security.Roles;

/**
 * The channel register for staff (which channels exist, their status and history) and the
 * one change made outside Tasklist: asking for a channel to be retired, with a reason.
 */
@RestController
@RequestMapping("/api/channels")
class ChannelController {

  /** Who may retire a channel on request: the Business Manager and the senior leadership. */
  static final Set<String> RETIRING_GROUPS = Set.of(Roles.BUSINESS_MANAGER, Roles.SLT);

  record ChannelView(long id, String name, String platform, String purpose, String status,
      String riskRating, Set<String> managers, String accountUrl, Instant approvedAt,
      Instant nextReviewDue, List<StatusChangeView> history) {}

  record StatusChangeView(String from, String to, Instant at, String by, String reason) {}

  record RetirementRequest(String reason) {}

  private final ChannelRegister register;
  private final RuntimeService runtime;
  private final ActingForUser actingForUser;

  ChannelController(ChannelRegister register, RuntimeService runtime,
      ActingForUser actingForUser) {
    this.register = register;
    this.runtime = runtime;
    this.actingForUser = actingForUser;
  }

  @GetMapping
  List<ChannelView> channels() {
    return register.allChannels().stream().map(ChannelController::view).toList();
  }

  @PostMapping("/{id}/retire")
  Map<String, String> retire(@PathVariable long id, @RequestBody RetirementRequest request,
      Authentication user) {
    if (user.getAuthorities().stream().noneMatch(a -> RETIRING_GROUPS.contains(a.toString()))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Only the Business Manager or the senior leadership team can retire a channel.");
    }
    if (request == null || request.reason() == null || request.reason().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Please give the reason for retiring the channel.");
    }
    if (request.reason().trim().length() > ChannelProposal.NARRATIVE_LENGTH) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "The reason for retiring the channel is too long: at most 4,000 characters.");
    }
    Channel channel = register.find(id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "No channel " + id));
    if (channel.getStatus() == ChannelStatus.RETIRED
        || channel.getStatus() == ChannelStatus.REJECTED) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "'" + channel.getName() + "' is already " + channel.getStatus().name().toLowerCase());
    }
    actingForUser.run(() -> runtime.createMessageCorrelation("channel-retirement-requested")
        .processInstanceId(channel.getProcessInstanceId())
        .setVariable(ChannelVariables.RETIREMENT_REASON, request.reason().trim())
        .setVariable(ChannelVariables.RETIREMENT_REQUESTED_BY, user.getName())
        .correlateWithResult());
    return Map.of("status", "RETIRED", "channel", channel.getName());
  }

  private static ChannelView view(Channel c) {
    return new ChannelView(c.getId(), c.getName(), c.platformLabel(), c.getPurpose().name(),
        c.getStatus().name(), c.getRiskRating() == null ? null : c.getRiskRating().name(),
        c.getManagers(), c.getAccountUrl(), c.getApprovedAt(), c.getNextReviewDue(),
        c.getHistory().stream().map(h -> new StatusChangeView(
            h.getFromStatus() == null ? null : h.getFromStatus().name(), h.getToStatus().name(),
            h.getChangedAt(), h.getChangedBy(), h.getReason())).toList());
  }
}
