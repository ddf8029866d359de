package uk.school.socialmedia.channel;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.identity.SchoolGroup;

/**
 * Policy 1.4: the Business Manager approves official channels. When a business manager proposed
 * the channel, the Head may approve it too, so that a school with one business manager is not
 * left waiting; the proposer is never offered it ({@code rejectSelfApproval}).
 */
@Component("channelApprovers")
public class ChannelApprovers {

  private final IdentityService identity;

  ChannelApprovers(IdentityService identity) {
    this.identity = identity;
  }

  public List<String> groupsFor(String proposer) {
    boolean proposerIsBusinessManager = proposer != null && identity.createUserQuery()
        .userId(proposer).memberOfGroup(SchoolGroup.BUSINESS_MANAGER.id()).count() > 0;
    return proposerIsBusinessManager
        ? List.of(SchoolGroup.BUSINESS_MANAGER.id(), SchoolGroup.HEAD.id())
        : List.of(SchoolGroup.BUSINESS_MANAGER.id());
  }
}
