package uk.school.socialmedia.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Security headers on every response; see {@link BaselineHeaders}. */
@Configuration
class WebHeadersConfiguration {

  @Bean
  FilterRegistrationBean<BaselineHeaders> baselineHeaders() {
    var registration = new FilterRegistrationBean<>(new BaselineHeaders());
    registration.setName("baseline-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
