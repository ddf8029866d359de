package uk.school.socialmedia.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Cockpit's list of processes
 * ({@code /camunda/api/cockpit/plugin/base/{engine}/process-definition/statistics}) comes from a query of Cockpit's own that counts every running instance and incident of a process
 * whose model the user may read. Its answer keeps its shape, so Cockpit renders as before, with
 * {@code instances} and {@code incidents} replaced by counts of what the signed-in user may read
 * ({@link ReadableCounts}).
 */
@Configuration
class CockpitStatisticsFilter {

  private static final Pattern STATISTICS =
      Pattern.compile("^/camunda/api/cockpit/plugin/base/([^/]+)/process-definition/statistics$");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> cockpitReadableStatistics(IdentityService identity,
      RuntimeService runtime, ManagementService management, ObjectMapper json) {
    ReadableCounts counts = new ReadableCounts(runtime, management);
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATISTICS.matcher(request.getRequestURI()).matches();
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
          FilterChain chain) throws ServletException, IOException {
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] body = captured.getContentAsByteArray();
        if (captured.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
          captured.copyBodyToResponse();
          return;
        }
        JsonNode rows = json.readTree(body);
        Authentication user = signedIn(request);
        Authentication before = identity.getCurrentAuthentication();
        if (user != null) {
          identity.setAuthentication(user);
        }
        try {
          for (JsonNode row : rows) {
            String key = row.path("key").asText();
            ((ObjectNode) row).put("instances", user == null ? 0 : counts.instancesOfKey(key));
            ((ObjectNode) row).put("incidents", user == null ? 0 : counts.incidentsOfKey(key));
          }
        } finally {
          if (before != null) {
            identity.setAuthentication(before);
          } else {
            identity.clearAuthentication();
          }
        }
        byte[] recounted = json.writeValueAsBytes(rows);
        captured.resetBuffer();
        captured.setContentLength(recounted.length);
        captured.getOutputStream().write(recounted);
        captured.copyBodyToResponse();
      }
    });
    registration.setName("cockpit-readable-statistics");
    registration.addUrlPatterns("/camunda/api/cockpit/*");
    return registration;
  }

  /** The webapps keep the signed-in user, with their groups, in the HTTP session. */
  private static Authentication signedIn(HttpServletRequest request) {
    Matcher path = STATISTICS.matcher(request.getRequestURI());
    HttpSession session = request.getSession(false);
    if (!path.matches() || session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine(path.group(1))
            instanceof UserAuthentication user
        ? new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds())
        : null;
  }
}
