package uk.school.socialmedia.audit.page;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import uk.school.socialmedia.audit.AuditAccess;
import uk.school.socialmedia.platform.security.EngineAuthenticationFilter;

/**
 * The governors' page signs people in with a form and keeps them in a session, so unlike the
 * stateless /api chain it has CSRF protection on. It is matched first and only for /governors,
 * leaving /api, /engine-rest and the Camunda webapps to their own sign-in.
 */
@Configuration
class GovernorsPageSecurity {

  static final String HOME = "/governors";
  static final String SIGN_IN = HOME + "/sign-in";
  static final String SIGN_OUT = HOME + "/sign-out";
  static final String NOT_FOR_YOUR_ROLE = HOME + "/not-for-your-role";

  /** The page is server-rendered HTML with its own style sheet and no script at all. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
      + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityFilterChain governorsPageFilterChain(HttpSecurity http, IdentityService identity)
      throws Exception {
    return http
        .securityMatcher(HOME, HOME + "/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(SIGN_IN, HOME + "/governors.css").permitAll()
            .requestMatchers(NOT_FOR_YOUR_ROLE).authenticated()
            // the same rule the export service applies, so the page never offers what it refuses
            .anyRequest().access(new WebExpressionAuthorizationManager(AuditAccess.MAY_EXPORT)))
        .formLogin(form -> form
            .loginPage(SIGN_IN)
            .defaultSuccessUrl(HOME)
            .failureUrl(SIGN_IN + "?error"))
        .logout(logout -> logout
            .logoutUrl(SIGN_OUT)
            .logoutSuccessUrl(SIGN_IN + "?signed-out"))
        .exceptionHandling(errors -> errors.accessDeniedPage(NOT_FOR_YOUR_ROLE))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .build();
  }
}
