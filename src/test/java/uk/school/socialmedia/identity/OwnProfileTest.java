package uk.school.socialmedia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Names and e-mail addresses route tasks and notices, so staff cannot change their own; the
 * technical administrator can. Everyone may still change their own password.
 */
@SchoolSpringTest
class OwnProfileTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  RestClient rest;
  String member;

  @BeforeEach
  void setUp() {
    rest = new RestClient(http);
    member = "profile-" + System.nanoTime();
    User user = identity.newUser(member);
    user.setFirstName("Paula");
    user.setLastName("Page");
    user.setEmail(member + "@lodgefarm.sch.uk");
    user.setPassword("first-password");
    identity.saveUser(user);
    identity.createMembership(member, SchoolGroup.STAFF.id());
  }

  @Test
  void staffCannotSetTheirOwnEmailToTheDsls() {
    var response = exchange(member, "first-password", HttpMethod.PUT,
        "/engine-rest/user/" + member + "/profile", Map.of("id", member, "firstName", "Paula",
            "lastName", "Page", "email", "dana@lodgefarm.sch.uk"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("kept by the school's technical administrator");
    assertThat(stored().getEmail()).isEqualTo(member + "@lodgefarm.sch.uk");
  }

  @Test
  void staffCannotRenameThemselvesThroughAnyEngineCall() {
    var renamed = exchange(member, "first-password", HttpMethod.PUT,
        "/engine-rest/user/" + member + "/profile", Map.of("id", member, "firstName", "Dana",
            "lastName", "Dean", "email", member + "@lodgefarm.sch.uk"));
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    User user = identity.createUserQuery().userId(member).singleResult();
    user.setLastName("Dean");
    assertThatThrownBy(() -> new Actors(identity).as(member, () -> identity.saveUser(user)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(stored().getLastName()).isEqualTo("Page");
  }

  @Test
  void staffMayChangeTheirOwnPassword() {
    var response = exchange(member, "first-password", HttpMethod.PUT,
        "/engine-rest/user/" + member + "/credentials",
        Map.of("password", "a-second-password", "authenticatedUserPassword", "first-password"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword(member, "a-second-password")).isTrue();
    assertThat(stored().getEmail()).isEqualTo(member + "@lodgefarm.sch.uk");
  }

  @Test
  void theTechnicalAdministratorCorrectsAProfile() {
    var response = rest.exchange("admin", HttpMethod.PUT, "/engine-rest/user/" + member
        + "/profile", Map.of("id", member, "firstName", "Paula", "lastName", "Page-Smith",
            "email", "paula.page-smith@lodgefarm.sch.uk"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(stored().getLastName()).isEqualTo("Page-Smith");
    assertThat(stored().getEmail()).isEqualTo("paula.page-smith@lodgefarm.sch.uk");
  }

  private User stored() {
    return identity.createUserQuery().userId(member).singleResult();
  }

  private org.springframework.http.ResponseEntity<String> exchange(String user, String password,
      HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, password);
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
