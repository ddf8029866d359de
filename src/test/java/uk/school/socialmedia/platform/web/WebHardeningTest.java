package uk.school.socialmedia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
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
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Browsers are told not to sniff, frame or script what they are given, on every surface. */
@SchoolSpringTest
class WebHardeningTest {

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;

  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
  }

  @Test
  void everySurfaceForbidsSniffingAndFraming() {
    for (var response : List.of(
        rest.get("alice", "/engine-rest/task"),
        rest.get(null, "/engine-rest/task"),
        rest.get("alice", "/api/channels"),
        rest.get(null, "/api/channels"),
        rest.get(null, "/actuator/health"),
        http.getForEntity("/governors/sign-in", String.class))) {
      assertThat(response.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
      assertThat(response.getHeaders().get("X-Frame-Options")).containsExactly("DENY");
    }
  }

  @Test
  void theWebappsKeepCamundasOwnHeaderSecurity() {
    var tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(tasklist.getHeaders().get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy"))
        .contains("frame-ancestors 'none'");
    // left to Camunda: the baseline filter adds nothing of its own there
    assertThat(tasklist.getHeaders().get("X-Frame-Options")).isNull();
  }

  @Test
  void theProductsOwnPagesAndApiHaveAContentSecurityPolicy() {
    String page = http.getForEntity("/governors/sign-in", String.class)
        .getHeaders().getFirst("Content-Security-Policy");
    String api = rest.get("alice", "/api/channels").getHeaders().getFirst("Content-Security-Policy");

    assertThat(page).contains("default-src 'none'", "style-src 'self'", "form-action 'self'",
        "frame-ancestors 'none'").doesNotContain("script-src", "unsafe");
    assertThat(api).contains("default-src 'none'", "frame-ancestors 'none'");
  }

  @Test
  void sessionCookiesAreHttpOnlyAndStayOnThisSite() {
    var governorsPage = http.getForEntity("/governors/sign-in", String.class)
        .getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    var webapps = webappSignIn("alice");

    for (var cookies : List.of(governorsPage, webapps)) {
      var sessions = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
      assertThat(sessions).isNotEmpty().allSatisfy(session -> assertThat(session)
          .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }
  }

  @Test
  void theApiRefusesWhatACrossSiteFormCanSend() {
    String csv = "reference,name,year_group,date_of_birth\n"
        + "T-" + UUID.randomUUID().toString().substring(0, 8) + ",Ada,4,2018-03-14\n";

    var asPlainText = post("olivia", "/api/consent/learners/import", csv, MediaType.TEXT_PLAIN);
    var asForm = post("brian", "/api/channels/1/retire", form("reason", "from elsewhere"),
        MediaType.APPLICATION_FORM_URLENCODED);
    var asMultipart = post("brian", "/api/channels/1/retire", form("reason", "from elsewhere"),
        MediaType.MULTIPART_FORM_DATA);
    var withoutType = post("brian", "/api/channels/1/retire", null, null);

    for (var refused : List.of(asPlainText, asForm, asMultipart, withoutType)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
      assertThat(refused.getBody()).contains(ApiContentTypes.ONLY_JSON);
    }
    // the same upload as CSV is taken, and finds the learner new: the plain-text one changed nothing
    var asCsv = post("olivia", "/api/consent/learners/import", csv,
        MediaType.parseMediaType("text/csv"));
    assertThat(asCsv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asCsv.getBody()).contains("\"added\":1");
  }

  private ResponseEntity<String> post(String user, String path, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    if (type != null) {
      headers.setContentType(type);
    }
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static LinkedMultiValueMap<String, String> form(String name, String value) {
    var form = new LinkedMultiValueMap<String, String>();
    form.add(name, value);
    return form;
  }

  /** Every cookie the webapps set while signing in. */
  private List<String> webappSignIn(String user) {
    var page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    String token = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .map(cookie -> cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';')))
        .findFirst().orElseThrow();
    String session = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
        .findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", token);
    headers.set(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + token);
    var credentials = form("username", user);
    credentials.add("password", user);
    var login = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(credentials, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    var cookies = new java.util.ArrayList<>(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
    cookies.addAll(login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
    return cookies;
  }
}
