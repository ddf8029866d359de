package uk.school.socialmedia.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.RequestContextFilter;

/**
 * The HTTP request the engine is working for, if any, for every servlet request (the product's
 * pages and API, /engine-rest and the webapps under /camunda alike); engine calls from jobs or
 * start-up have none.
 */
@Configuration
public class CurrentRequest {

  /**
   * Spring's RequestContextFilter, first of all filters: the one Spring Boot registers for Jersey
   * runs after Spring Security, so sign-ins to the product's API and pages would have no address.
   */
  @Bean
  FilterRegistrationBean<RequestContextFilter> requestContextFilter() {
    var registration = new FilterRegistrationBean<>(new RequestContextFilter());
    registration.setName("requestContextFilter");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  public static Optional<HttpServletRequest> get() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
        ? Optional.of(servlet.getRequest()) : Optional.empty();
  }

  /** The caller's address (the client's, when a trusted proxy forwards it; docs/operations.md). */
  static String address() {
    return get().map(HttpServletRequest::getRemoteAddr).orElse(null);
  }

  /** Method and path (no query string), e.g. "GET /engine-rest/history/variable-instance". */
  public static String describe() {
    return get().map(r -> r.getMethod() + " " + r.getRequestURI()).orElse("(no web request)");
  }
}
