package uk.school.socialmedia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

@SchoolSpringTest
class WebappBrandingTest {

  @Autowired TestRestTemplate http;

  @Test
  void everyWebappShowsTheSchoolsNameAndBritishDates() {
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      String config = http.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
      assertThat(config).as(app)
          .startsWith("export default {")
          .contains("\"vendor\":\"Lodge Farm School\"")
          .contains("\"normal\":\"DD/MM/YYYY HH:mm\"");
    }
  }

  @Test
  void theCamunda8MigrationBannerIsHidden() {
    String css = http.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class);
    assertThat(css).contains(".ce-eol-banner { display: none !important; }");
  }

  @Test
  void tasklistItselfIsServed() {
    String page = http.getForObject("/camunda/app/tasklist/default/", String.class);
    assertThat(page).contains("app-name=\"tasklist\"");
  }
}
