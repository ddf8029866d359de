package uk.school.socialmedia.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformConfiguration {

  @Bean
  Clock clock() {
    return new EngineClock(EngineClock.SCHOOL_ZONE);
  }
}
