package uk.school.socialmedia.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The office loads learners from the school's information system; no row is skipped silently. */
@SchoolSpringTest
class LearnerImportTest {

  @Autowired TestRestTemplate http;
  @Autowired DemoUsers users;
  @Autowired LearnerRepository learners;

  @BeforeEach
  void setUp() {
    users.apply();
    ConsentVerificationTest.moveClockTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void goodRowsAreLoadedAndEveryBadRowIsReportedWithItsLineAndReason() throws Exception {
    String good = TestLearners.newReference();
    String updated = TestLearners.newReference();
    learners.save(new Learner(updated, "Old Name", 3, LocalDate.of(2018, 1, 1),
        java.time.Instant.now()));
    String csv = String.join("\n",
        "Reference,Name,Year_Group,Date_Of_Birth",
        good + ",Ada Lovelace,4,2018-03-14",
        updated + ",\"Brontë, Anne\",5,2017-01-17",
        ",No Reference,4,2018-01-01",
        "T-BAD1,Wrong Year,fourteen,2018-01-01",
        "T-BAD2,Born Tomorrow,4,2026-11-26",
        good + ",Ada Again,4,2018-03-14",
        "T-BAD3,,4,31/12/2018",
        "");

    ResponseEntity<String> response = importCsv("olivia", csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = new ObjectMapper().readTree(response.getBody());
    assertThat(report.path("added").asInt()).isEqualTo(1);
    assertThat(report.path("updated").asInt()).isEqualTo(1);
    JsonNode rejected = report.path("rejected");
    assertThat(rejected).hasSize(5);
    assertThat(rejected.get(0).path("line").asInt()).isEqualTo(4);
    assertThat(rejected.get(0).path("reasons").toString()).contains("school reference is missing");
    assertThat(rejected.get(1).path("line").asInt()).isEqualTo(5);
    assertThat(rejected.get(1).path("reasons").toString()).contains("year group");
    assertThat(rejected.get(2).path("reasons").toString()).contains("in the future");
    assertThat(rejected.get(3).path("line").asInt()).isEqualTo(7);
    assertThat(rejected.get(3).path("reasons").toString()).contains("also on line 2");
    assertThat(rejected.get(4).path("reasons").toString())
        .contains("name is missing", "date of birth must be a date");

    Learner ada = learners.findById(good).orElseThrow();
    assertThat(ada.getDisplayName()).isEqualTo("Ada Lovelace");
    assertThat(ada.getYearGroup()).isEqualTo(4);
    assertThat(ada.getDateOfBirth()).isEqualTo(LocalDate.of(2018, 3, 14));
    assertThat(learners.findById(updated).orElseThrow().getDisplayName()).isEqualTo("Brontë, Anne");
    assertThat(learners.existsById("T-BAD1")).isFalse();
  }

  @Test
  void aDateOfBirthThatDoesNotFitTheYearGroupIsRefusedWithTheReason() throws Exception {
    String tooOld = TestLearners.newReference();
    String longAgo = TestLearners.newReference();
    String tooYoung = TestLearners.newReference();
    String csv = String.join("\n", "reference,name,year_group,date_of_birth",
        tooOld + ",Ada Lovelace,4,1990-01-01",
        longAgo + ",Anne Bronte,4,1800-01-01",
        tooYoung + ",Cara Day,4,2024-01-01", "");

    ResponseEntity<String> response = importCsv("olivia", csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rejected = new ObjectMapper().readTree(response.getBody()).path("rejected");
    assertThat(rejected).hasSize(3);
    assertThat(rejected.get(0).path("reasons").toString()).contains(
        "01/01/1990 is not plausible", "36 on 31 August 2026", "learners in Year 4 are 8");
    assertThat(rejected.get(1).path("reasons").toString()).contains("01/01/1800 is not plausible");
    assertThat(rejected.get(2).path("reasons").toString()).contains("would make the learner 2");
    assertThat(learners.existsById(tooOld) || learners.existsById(longAgo)
        || learners.existsById(tooYoung)).isFalse();
  }

  @Test
  void aFileWithoutTheExpectedColumnsIsRefusedAsAWhole() {
    String reference = TestLearners.newReference();
    ResponseEntity<String> response = importCsv("olivia",
        "reference,name\n" + reference + ",Ada Lovelace\n");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("year_group", "date_of_birth");
    assertThat(learners.existsById(reference)).isFalse();
  }

  @Test
  void onlyTheOfficeImportsLearners() {
    String reference = TestLearners.newReference();
    String csv = "reference,name,year_group,date_of_birth\n" + reference + ",Ada,4,2018-03-14\n";

    assertThat(importCsv(null, csv).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(importCsv("alice", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importCsv("helen", csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(learners.existsById(reference)).isFalse();
  }

  private ResponseEntity<String> importCsv(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return http.exchange("/api/consent/learners/import", HttpMethod.POST,
        new HttpEntity<>(csv, headers), String.class);
  }
}
