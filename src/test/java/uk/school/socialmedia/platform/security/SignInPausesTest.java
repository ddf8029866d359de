package uk.school.socialmedia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Wrong passwords pause sign-ins from the address they came from, for a while, on every way in
 * (the REST API, the product's API, the webapps' sign-in), and never lock an account: the DSL
 * signs in from her own address however often a stranger guessed her password from theirs.
 * Addresses are given with X-Forwarded-For, as the school's reverse proxy does.
 */
@SchoolSpringTest
class SignInPausesTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired SignInProperties properties;

  String dsl;

  @BeforeEach
  void setUp() {
    // an account of its own, so other tests' sign-ins are not paused by this one
    dsl = "dsl-" + System.nanoTime();
    var user = identity.newUser(dsl);
    user.setFirstName("Dana");
    user.setLastName("Dean");
    user.setPassword("her-own-password");
    identity.saveUser(user);
    identity.createMembership(dsl, "staff");
    identity.createMembership(dsl, "dsl");
  }

  @Test
  void fiftyWrongPasswordsFromOneAddressDoNotStopTheDslFromHers() {
    String stranger = "203.0.113." + (System.nanoTime() % 200 + 1);
    for (int i = 0; i < 50; i++) {
      assertThat(basic(dsl, "guess-" + i, stranger).getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    assertThat(basic(dsl, "her-own-password", "198.51.100.7").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(webappSignIn(dsl, "her-own-password", "198.51.100.7").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    UserEntity stored = (UserEntity) identity.createUserQuery().userId(dsl).singleResult();
    assertThat(stored.getAttempts()).as("Camunda's failed-attempt counter").isZero();
    assertThat(stored.getLockExpirationTime()).as("Camunda's lock").isNull();
  }

  @Test
  void theGuessingAddressIsRefusedEvenWithTheRightPasswordUntilThePauseLifts() throws Exception {
    String stranger = "192.0.2." + (System.nanoTime() % 200 + 1);
    for (int i = 0; i < properties.accountFailures(); i++) {
      basic(dsl, "guess-" + i, stranger);
    }

    assertThat(basic(dsl, "her-own-password", stranger).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(productApi(dsl, "her-own-password", stranger).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(webappSignIn(dsl, "her-own-password", stranger).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    Thread.sleep(properties.longestPause().toMillis() + 500);
    assertThat(basic(dsl, "her-own-password", stranger).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anAddressGuessingManyAccountsPausesForEveryAccountButOnlyThere() throws Exception {
    String sprayer = "198.18.0." + (System.nanoTime() % 200 + 1);
    for (int i = 0; i < properties.addressFailures(); i++) {
      basic("nobody-" + i, "guess", sprayer);
    }

    assertThat(basic(dsl, "her-own-password", sprayer).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(basic(dsl, "her-own-password", "198.51.100.8").getStatusCode())
        .isEqualTo(HttpStatus.OK);

    Thread.sleep(properties.longestPause().toMillis() + 500);
    assertThat(basic(dsl, "her-own-password", sprayer).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private ResponseEntity<String> basic(String user, String password, String address) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.set("X-Forwarded-For", address);
    return http.exchange("/engine-rest/user/" + user + "/profile", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
  }

  private ResponseEntity<String> productApi(String user, String password, String address) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.set("X-Forwarded-For", address);
    return http.exchange("/api/aup/versions", HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
  }

  /** Tasklist's own sign-in form: the XSRF cookie from the app page, then the login post. */
  private ResponseEntity<String> webappSignIn(String user, String password, String address) {
    HttpHeaders page = new HttpHeaders();
    page.set("X-Forwarded-For", address);
    var app = http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(page), String.class);
    List<String> cookies = app.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Forwarded-For", address);
    headers.set("X-XSRF-TOKEN", xsrf);
    headers.set(HttpHeaders.COOKIE, String.join("; ",
        cookies.stream().map(c -> c.substring(0, c.indexOf(';'))).toList()));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }
}
