package uk.school.socialmedia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import uk.school.socialmedia.concern.ConcernReport;
import uk.school.socialmedia.concern.ConcernReporting;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * Counts tell what exists: per-process statistics on the REST API and in Cockpit count only the
 * instances the caller may read, so staff cannot learn how many concerns there are and the Head
 * cannot tell that one about her exists.
 */
@SchoolSpringTest
class ReadableStatisticsTest {

  private static final String CONCERNS = "concern-escalation";

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired RuntimeService runtime;
  @Autowired ConcernReporting reporting;

  final ObjectMapper json = new ObjectMapper();
  RestClient rest;
  ProcessInstance aboutALearner;
  ProcessInstance aboutTheHead;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
    aboutALearner = report(ConcernReport.Subject.LEARNER);
    aboutTheHead = report(ConcernReport.Subject.HEAD);
  }

  @Test
  void staffSeeNoConcernsInStatistics() throws Exception {
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CONCERNS).count())
        .isGreaterThanOrEqualTo(2);

    assertThat(restStatistics("alice", CONCERNS)).isZero();
    assertThat(activityStatistics("alice", CONCERNS)).isZero();
  }

  @Test
  void theHeadsCountLeavesOutTheConcernAboutHer() throws Exception {
    long readable = readableCount("helen", CONCERNS);
    assertThat(readable).isPositive();
    assertThat(rest.get("helen", "/engine-rest/process-instance?processInstanceIds="
        + aboutTheHead.getId()).getBody()).isEqualTo("[]");

    assertThat(restStatistics("helen", CONCERNS)).isEqualTo(readable);
    assertThat(activityStatistics("helen", CONCERNS)).isEqualTo(readable);
    assertThat(cockpitStatistics("helen", CONCERNS)).isEqualTo(readable);
    assertThat(webappEngineStatistics("helen", CONCERNS)).isEqualTo(readable);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CONCERNS).count())
        .isGreaterThan(readable);
  }

  @Test
  void theDslsCountsMatchWhatSheMayRead() throws Exception {
    for (String key : List.of(CONCERNS, "account-exception", "post-review",
        "channel-risk-assessment")) {
      long readable = readableCount("dana", key);
      assertThat(restStatistics("dana", key)).as(key).isEqualTo(readable);
      assertThat(cockpitStatistics("dana", key)).as(key).isEqualTo(readable);
    }
    assertThat(readableCount("dana", CONCERNS)).as("she handles concerns about learners")
        .isPositive();
  }

  private ProcessInstance report(ConcernReport.Subject about) {
    String reference = reporting.report(new ConcernReport(ConcernReport.Source.STAFF_REPORT,
        null, "bob", ConcernReport.Kind.CONCERN, about, "Something worrying was posted.",
        LocalDate.now().minusDays(1), "Facebook", ConcernReport.AccountType.OFFICIAL, false,
        "Took a screenshot."));
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult();
  }

  private long readableCount(String user, String key) throws Exception {
    return json.readTree(rest.get(user, "/engine-rest/process-instance/count?processDefinitionKey="
        + key).getBody()).path("count").asLong();
  }

  /** Sum over the versions of the process in GET /process-definition/statistics. */
  private long restStatistics(String user, String key) throws Exception {
    var response = rest.get(user, "/engine-rest/process-definition/statistics?failedJobs=true"
        + "&incidents=true");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    long sum = 0;
    for (JsonNode row : json.readTree(response.getBody())) {
      if (key.equals(row.path("definition").path("key").asText())) {
        sum += row.path("instances").asLong();
      }
    }
    return sum;
  }

  private long activityStatistics(String user, String key) throws Exception {
    var response = rest.get(user, "/engine-rest/process-definition/key/" + key + "/statistics");
    long sum = 0;
    if (response.getStatusCode() == HttpStatus.OK) {
      for (JsonNode row : json.readTree(response.getBody())) {
        sum += row.path("instances").asLong();
      }
    }
    return sum;
  }

  /** Cockpit's list of processes, fetched as Cockpit does after signing in. */
  private long cockpitStatistics(String user, String key) throws Exception {
    String cookies = cockpitSession(user);
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, cookies);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    var response = http.exchange("/camunda/api/cockpit/plugin/base/default/process-definition/"
        + "statistics?firstResult=0&maxResults=50", HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode row : json.readTree(response.getBody())) {
      if (key.equals(row.path("key").asText())) {
        assertThat(row.has("incidents")).isTrue();
        return row.path("instances").asLong();
      }
    }
    return 0;
  }

  /** The same statistics through the webapps' own engine API, as Cockpit's dashboard asks. */
  private long webappEngineStatistics(String user, String key) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, cockpitSession(user));
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    var response = http.exchange("/camunda/api/engine/engine/default/process-definition/"
        + "statistics?incidents=true", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    long sum = 0;
    for (JsonNode row : json.readTree(response.getBody())) {
      if (key.equals(row.path("definition").path("key").asText())) {
        sum += row.path("instances").asLong();
      }
    }
    return sum;
  }

  /** Cockpit's sign-in (minimal: XSRF cookie from the app page, then the login form). */
  private String cockpitSession(String user) {
    var app = http.getForEntity("/camunda/app/cockpit/default/", String.class);
    List<String> set = app.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    String xsrf = set.stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-XSRF-TOKEN", xsrf);
    headers.set(HttpHeaders.COOKIE, cookieHeader(set));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", user);
    var login = http.exchange("/camunda/api/admin/auth/user/default/login/cockpit",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    return cookieHeader(login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()));
  }

  private static String cookieHeader(List<String> setCookies) {
    return String.join("; ", setCookies.stream().map(c -> c.substring(0, c.indexOf(';')))
        .toList());
  }
}
