package uk.school.socialmedia.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response outside the webapps says "do not guess the content type" and "never show me in
 * a frame", and over HTTPS "use only HTTPS from now on": the REST API (/engine-rest) and the
 * actuator have no header writer of their own. Spring Security writes the same values on /api
 * and the governors' page (only where absent, so never twice); Camunda's header security writes
 * its own on /camunda, which is left to it.
 */
class BaselineHeaders extends OncePerRequestFilter {

  static final String HSTS = "max-age=31536000 ; includeSubDomains";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
