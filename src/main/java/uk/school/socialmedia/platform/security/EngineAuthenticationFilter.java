package uk.school.socialmedia.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the signed-in user to the engine for the length of a request, so that everything the
 * product's own pages ask of the engine is checked against that user's Camunda authorizations
 * and written to the user operation log under their name. Used by every signed-in filter chain
 * (the API's and the governors' page).
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  public EngineAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user.getName() == null) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = user.getAuthorities().stream()
        .map(Object::toString)
        .filter(a -> a.startsWith(Roles.GROUP_PREFIX))
        .map(a -> a.substring(Roles.GROUP_PREFIX.length()))
        .toList();
    identity.setAuthentication(user.getName(), groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }
}
