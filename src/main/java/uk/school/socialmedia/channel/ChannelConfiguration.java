package uk.school.socialmedia.channel;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.school.socialmedia.aup.AupSignerSource;
import uk.school.socialmedia.identity.ProcessAccess;
import uk.school.socialmedia.identity.SchoolGroup;

@Configuration
class ChannelConfiguration {

  static final String PROCESS_KEY = "channel-risk-assessment";
  static final String ROUND_PROCESS_KEY = "channel-assessment-round";

  /** Any member of staff may propose a channel; leaders and the Business Manager oversee them. */
  @Bean
  ProcessAccess channelRiskAssessmentAccess() {
    return new ProcessAccess(PROCESS_KEY, Set.of(SchoolGroup.STAFF.id()), overseers());
  }

  /**
   * The assessment round is called by the lifecycle as the proposer, so proposers need the right
   * to start it; {@code refuseDirectStart} stops it being started on its own.
   */
  @Bean
  ProcessAccess channelAssessmentRoundAccess() {
    return new ProcessAccess(ROUND_PROCESS_KEY, Set.of(SchoolGroup.STAFF.id()), overseers());
  }

  /** Account managers of every channel not yet closed must sign each new AUP version. */
  @Bean
  AupSignerSource channelAccountManagers(ChannelRegister register) {
    return () -> register.allChannels().stream()
        .filter(channel -> channel.getStatus() != ChannelStatus.RETIRED
            && channel.getStatus() != ChannelStatus.REJECTED)
        .flatMap(channel -> channel.getManagers().stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> overseers() {
    return Set.of(SchoolGroup.BUSINESS_MANAGER.id(), SchoolGroup.SLT.id(),
        SchoolGroup.HEAD.id());
  }
}
