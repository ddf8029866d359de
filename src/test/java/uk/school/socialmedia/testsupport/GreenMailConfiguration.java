package uk.school.socialmedia.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** A real SMTP server in the test JVM; the application sends to it like to any mail server. */
@TestConfiguration(proxyBeanMethods = false)
class GreenMailConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail() {
    return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  }

  @Bean
  DynamicPropertyRegistrar smtpPort(GreenMail greenMail) {
    return registry -> registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
  }
}
