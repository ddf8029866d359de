package uk.school.socialmedia.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda Admin's first-user set-up ({@code /camunda/api/admin/setup/...}), which would let
 * an anonymous caller create an all-powerful administrator whenever the admin group is empty.
 * The product creates its technical administrator itself (identity.TechnicalAdministrator).
 */
@Configuration
class SetupPageBlock {

  static final String REFUSAL = "{\"type\":\"Forbidden\",\"message\":\"Camunda's set-up page is "
      + "switched off: the technical administrator is created by the application "
      + "(ADMIN_USER and ADMIN_PASSWORD).\"}";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> camundaSetupPageBlock() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
          FilterChain chain) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(REFUSAL);
      }
    });
    registration.setName("camunda-setup-page-block");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Integer.MIN_VALUE + 10);
    return registration;
  }
}
