package uk.school.socialmedia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockFilterChain;

/**
 * What the production profile makes of cookies and HTTPS, read as Spring Boot reads it
 * (application.yml overlaid by application-production.yml), without a PostgreSQL server.
 */
class ProductionWebSettingsTest {

  private final Binder production = binder("application-production.yml", "application.yml");

  @Test
  void everySessionCookieIsSecureHttpOnlyAndSameSiteInProduction() {
    var server = production.bind("server", ServerProperties.class).get();
    var cookie = server.getServlet().getSession().getCookie();
    var webapp = production.bind("camunda.bpm", CamundaBpmProperties.class).get().getWebapp();

    assertThat(cookie.getSecure()).isTrue();
    assertThat(cookie.getHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo(SameSite.LAX);
    // the webapps use the same servlet session cookie; Camunda's own filter only adds SameSite
    assertThat(webapp.getSessionCookie().getInitParams()).doesNotContainKey("enableSameSiteCookie");
    assertThat(webapp.getCsrf().getInitParams()).containsEntry("enableSecureCookie", "true");
  }

  @Test
  void browsersAreToldToUseOnlyHttpsInProduction() {
    var server = production.bind("server", ServerProperties.class).get();
    var headers = production.bind("camunda.bpm", CamundaBpmProperties.class).get()
        .getWebapp().getHeaderSecurity().getInitParams();

    // the proxy's X-Forwarded-Proto marks requests secure, which is when HSTS is sent
    assertThat(server.getForwardHeadersStrategy())
        .isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
    assertThat(headers)
        .containsEntry("hstsDisabled", "false")
        .containsEntry("hstsMaxAge", "31536000")
        .containsEntry("hstsIncludeSubdomainsDisabled", "false");
  }

  @Test
  void theRestApiSendsHstsOverHttpsOnly() throws Exception {
    var secure = new MockHttpServletRequest("GET", "/engine-rest/task");
    secure.setSecure(true);
    var plain = new MockHttpServletRequest("GET", "/engine-rest/task");
    var overHttps = new MockHttpServletResponse();
    var overHttp = new MockHttpServletResponse();

    new BaselineHeaders().doFilter(secure, overHttps, new MockFilterChain());
    new BaselineHeaders().doFilter(plain, overHttp, new MockFilterChain());

    assertThat(overHttps.getHeader("Strict-Transport-Security"))
        .isEqualTo("max-age=31536000 ; includeSubDomains");
    assertThat(overHttp.getHeader("Strict-Transport-Security")).isNull();
  }

  private static Binder binder(String... files) {
    List<PropertySource<?>> sources = new ArrayList<>();
    for (String file : files) {
      try {
        sources.addAll(new YamlPropertySourceLoader().load(file, new ClassPathResource(file)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new Binder(ConfigurationPropertySources.from(sources));
  }
}
