package uk.school.socialmedia.channel;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

  private static Set<String> overseers() {
    return Set.of(SchoolGroup.BUSINESS_MANAGER.id(), SchoolGroup.SLT.id(),
        SchoolGroup.HEAD.id());
  }
}
