package uk.school.socialmedia.aup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.repository.CrudRepository;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.platform.Sha256;
import uk.school.socialmedia.testsupport.RestClient;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The AUP's rules as a caller of the REST APIs meets them (Tasklist submits the same way). */
@SchoolSpringTest
class AupRestApiTest {

  @Autowired ProcessEngine processEngine;
  @Autowired TestRestTemplate http;
  @Autowired DemoUsers demoUsers;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired AupVersions versions;
  @Autowired AupSigningRequests requests;
  @Autowired AupSignatureRepository signatures;
  @Autowired StaffDirectory directory;

  RestClient rest;
  AupTestStaff staff;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    demoUsers.apply();
    rest = new RestClient(http);
    staff = new AupTestStaff(identity);
  }

  @Test
  void aSignatureWithAMissingCommitmentIsRefusedWithAClearMessageAndNoRecord() throws Exception {
    String signer = staff.newStaff("Nia");
    ProcessInstance request = startOverRest(signer);
    Map<String, Object> form = signature(signer);
    form.remove("commitment1");

    ResponseEntity<String> response = submit(signer, request, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("message").asText())
        .contains("Please confirm: "
            + versions.current().orElseThrow().getCommitments().get(0));
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_SignAup");
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).isEmpty();
  }

  @Test
  void aSignatureWithTheWrongNameIsRefusedWithAClearMessageAndNoRecord() throws Exception {
    String signer = staff.newStaff("Oz");
    ProcessInstance request = startOverRest(signer);
    Map<String, Object> form = signature(signer);
    form.put("typedFullName", "Oz");

    ResponseEntity<String> response = submit(signer, request, form);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("message").asText())
        .contains("Please type your full name exactly as the school records it");
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).isEmpty();
  }

  @Test
  void aCompleteSignatureOverRestIsRecorded() {
    String signer = staff.newStaff("Pip");
    ProcessInstance request = startOverRest(signer);

    assertThat(submit(signer, request, signature(signer)).getStatusCode().is2xxSuccessful())
        .isTrue();

    BpmnAwareTests.assertThat(request).isEnded().hasPassed("End_Signed");
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).hasSize(1);
    assertThat(rest.get(signer, "/api/aup/signatures/mine").getBody())
        .contains("\"hasCurrentSignature\":true");
  }

  @Test
  void aColleagueCannotSignOrStartSigningForSomeoneElse() {
    String signer = staff.newStaff("Quin");
    String colleague = staff.newStaff("Rex");
    ProcessInstance request = startOverRest(signer);

    assertThat(submit(colleague, request, signature(signer)).getStatusCode().is4xxClientError())
        .isTrue();
    assertThat(rest.post(colleague, "/engine-rest/process-definition/key/aup-signing/start",
        Map.of("variables", RestClient.variables(Map.of("signer", signer)))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    BpmnAwareTests.assertThat(request).isWaitingAt("Task_SignAup");
  }

  @Test
  void onlyTheHeadOrTheBusinessManagerPublishesAVersion() throws Exception {
    int before = versions.current().orElseThrow().getVersionNumber();
    Map<String, Object> body = Map.of("introduction", "Our updated AUP.",
        "commitments", List.of("I will be professional.", "I will protect learners' privacy."));

    assertThat(rest.post(null, "/api/aup/versions", body).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.post("alice", "/api/aup/versions", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("olivia", "/api/aup/versions", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(versions.current().orElseThrow().getVersionNumber()).isEqualTo(before);

    ResponseEntity<String> published = rest.post("helen", "/api/aup/versions", body);

    assertThat(published.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode version = json.readTree(published.getBody());
    assertThat(version.path("number").asInt()).isEqualTo(before + 1);
    assertThat(version.path("publishedBy").asText()).isEqualTo("helen");
    assertThat(version.path("textSha256").asText())
        .isEqualTo(Sha256.of(version.path("fullText").asText()));
    assertThat(rest.post("brian", "/api/aup/versions", Map.of("introduction", "x",
        "commitments", List.of())).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theRegisterIsReadByLeadersOnlyAndCannotBeChangedThroughAnyApi() {
    String signer = staff.newStaff("Sol");
    ProcessInstance request = startOverRest(signer);
    submit(signer, request, signature(signer));
    AupSignature entry = signatures.findByUserIdOrderBySignedAtAsc(signer).get(0);
    String register = "/api/aup/signatures?version=" + entry.getVersionNumber();

    assertThat(rest.get("alice", register).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get("brian", register).getBody()).contains(signer, entry.getTextSha256());

    for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE,
        HttpMethod.POST)) {
      for (String path : List.of("/api/aup/signatures", "/api/aup/signatures/" + entry.getId(),
          "/api/aup/versions/" + entry.getVersionNumber())) {
        for (String user : List.of("helen", "brian", "admin", signer)) {
          assertThat(rest.exchange(user, method, path, Map.of("typedName", "Changed"))
              .getStatusCode().is2xxSuccessful()).as("%s %s as %s", method, path, user).isFalse();
        }
      }
    }
    assertThat(signatures.findByUserIdOrderBySignedAtAsc(signer)).singleElement()
        .satisfies(unchanged -> {
          assertThat(unchanged.getTypedName()).isEqualTo(entry.getTypedName());
          assertThat(unchanged.getSignedAt()).isEqualTo(entry.getSignedAt());
        });
    // and no code path could: the register's repository only adds and reads
    assertThat(CrudRepository.class.isAssignableFrom(AupSignatureRepository.class)).isFalse();
    assertThat(Arrays.stream(AupSignatureRepository.class.getMethods()).map(Method::getName))
        .allMatch(name -> name.equals("save") || name.startsWith("find")
            || name.startsWith("exists"));
  }

  @Test
  void theStaffDirectoryIsKeptByTheAdministrator() {
    String member = staff.newStaff("Tia");
    String manager = staff.newStaff("Una");
    String path = "/api/admin/staff-directory/" + member;

    assertThat(rest.exchange("alice", HttpMethod.PUT, path, Map.of("lineManager", manager))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get("helen", "/api/admin/staff-directory").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(directory.lineManagerOf(member)).isEmpty();

    assertThat(rest.exchange("admin", HttpMethod.PUT, path, Map.of("lineManager", "nobody-here"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.exchange("admin", HttpMethod.PUT, path, Map.of("lineManager", manager))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(directory.lineManagerOf(member)).contains(manager);
    assertThat(rest.get("admin", "/api/admin/staff-directory").getBody()).contains(member);

    assertThat(rest.exchange("admin", HttpMethod.DELETE, path, null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(directory.lineManagerOf(member)).isEmpty();
  }

  private ProcessInstance startOverRest(String signer) {
    ResponseEntity<String> started = rest.post(signer,
        "/engine-rest/process-definition/key/aup-signing/start", Map.of());
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return requests.openRequest(signer, versions.current().orElseThrow().getVersionNumber())
        .orElseThrow();
  }

  /** What Tasklist sends when the signer presses Complete. */
  private ResponseEntity<String> submit(String user, ProcessInstance request,
      Map<String, Object> form) {
    String taskId = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult()
        .getId();
    return rest.post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", RestClient.variables(form)));
  }

  private Map<String, Object> signature(String signer) {
    Map<String, Object> form = new HashMap<>();
    int count = versions.current().orElseThrow().getCommitments().size();
    for (int i = 1; i <= count; i++) {
      form.put("commitment" + i, true);
    }
    form.put("typedFullName", staff.fullName(signer));
    return form;
  }
}
