package uk.school.socialmedia.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** Issue 9, points 3 and 4: who may verify the audit record over HTTP, and what they get. */
@SchoolSpringTest
class VerificationApiTest {

  private static final String PATH = "/api/audit/verification";

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired AuditChain chain;
  @Autowired ObjectMapper json;

  RestClient rest;

  @BeforeEach
  void setUp() {
    users.apply();
    rest = new RestClient(http);
  }

  @Test
  void aGovernorGetsTheVerificationReport() throws Exception {
    ResponseEntity<String> response = rest.get("grace", PATH);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = json.readTree(response.getBody());
    assertThat(report.has("intact")).isTrue();
    assertThat(report.get("head").get("hash").asText()).hasSize(64);
    assertThat(report.get("recordsChecked").asLong()).isPositive();
    assertThat(report.get("findings").isArray()).isTrue();
  }

  @Test
  void theChairChecksThatTodaysChainExtendsAnEarlierExportsHead() throws Exception {
    ChainHead earlier = chain.seal();

    ResponseEntity<String> response = rest.post("charles", PATH + "/extends",
        Map.of("sequence", earlier.sequence(), "hash", earlier.hash()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).get("findings").findValuesAsText("problem"))
        .doesNotContain("NOT_EXTENDED");
  }

  @Test
  void aHeadThatIsNotAChainHeadIsRefusedWithAReason() {
    ResponseEntity<String> response = rest.post("helen", PATH + "/extends",
        Map.of("sequence", 3, "hash", "not-a-hash"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("hash");
    assertThat(rest.post("helen", PATH + "/extends", Map.of("hash", "0".repeat(64)))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void staffWhoMayNotExportMayNotVerify() {
    assertThat(rest.get("alice", PATH).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("dana", PATH + "/extends", Map.of("sequence", 0, "hash",
        "0".repeat(64))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get(null, PATH).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
