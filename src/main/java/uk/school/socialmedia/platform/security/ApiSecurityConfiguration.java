package uk.school.socialmedia.platform.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import uk.school.socialmedia.platform.web.ApiContentTypes;

/**
 * Security for the product's own endpoints under /api. Camunda's webapps (/camunda) and REST API
 * (/engine-rest) keep their own authentication and are not matched by this chain.
 */
@Configuration
@EnableMethodSecurity
class ApiSecurityConfiguration {

  /** The API answers JSON and CSV only: nothing in it may load, run or frame anything. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless HTTP Basic: no session cookie a forged cross-site request could ride on
        .csrf(csrf -> csrf.disable())
        // ...which is why nothing a cross-site form can send is accepted (415)
        .addFilterBefore(new ApiContentTypes(), BasicAuthenticationFilter.class)
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
        .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
        .build();
  }
}
