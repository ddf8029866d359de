package uk.school.socialmedia.audit.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.school.socialmedia.audit.AuditChain;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.VerificationReport.Problem;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.HeadlessChromium;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * The governors' page in a real headless Chromium, with no JavaScript of its own: a governor
 * signs in, exports a period, watches it complete, downloads every file and checks each against
 * the manifest, sees the verification status and checks the chain extends the export's head; a
 * member of staff is turned away; a wrong period is refused with a message.
 */
@SchoolSpringTest
class GovernorsPageBrowserTest {

  private static final Duration EXPORT_TIME = Duration.ofSeconds(120);

  @LocalServerPort int port;
  @Autowired DemoUsers users;
  @Autowired JdbcTemplate database;
  @Autowired AuditChain chain;
  @Autowired Clock clock;

  HeadlessChromium chromium;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void openBrowser() throws Exception {
    users.apply();
    chromium = HeadlessChromium.start();
  }

  @AfterEach
  void closeBrowser() throws Exception {
    chromium.close();
  }

  @Test
  void aGovernorExportsAPeriodWatchesItCompleteAndChecksEveryFileAgainstTheManifest()
      throws Exception {
    LocalDate today = LocalDate.now(clock);
    signIn("grace");
    assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Governors' audit");

    type("from", today.minusDays(30));
    type("to", today);
    new Select(element("scope")).selectByVisibleText("Post review");
    element("start-export").click();

    waitFor(browser -> browser.getCurrentUrl().contains("/governors/exports/"));
    chromium.waitUpTo(EXPORT_TIME).ignoring(StaleElementReferenceException.class)
        .until(browser -> element("state").getText().equals("Complete"));
    assertThat(text("export-scope")).isEqualTo("Post review");

    String manifestSha256 = text("manifest-sha256");
    Path manifest = download("manifest", "manifest.json");
    assertThat(sha256(manifest)).isEqualTo(manifestSha256);

    JsonNode content = json.readTree(manifest.toFile());
    Map<String, String> listed = StreamSupport.stream(content.path("files").spliterator(), false)
        .collect(Collectors.toMap(file -> file.path("name").asText(),
            file -> file.path("sha256").asText()));
    assertThat(listed).hasSize(3);
    for (String link : List.of("csv-zip", "pdf", "json-lines")) {
      String extension = "." + DownloadLink.format(link).orElseThrow().extension();
      String name = listed.keySet().stream().filter(file -> file.endsWith(extension))
          .findFirst().orElseThrow();
      Path file = download(link, name);
      assertThat(sha256(file)).as("%s matches the manifest", name).isEqualTo(listed.get(name));
    }
    assertThat(text("chain-sequence"))
        .isEqualTo(content.path("chainHead").path("sequence").asText());
    assertThat(text("chain-hash")).isEqualTo(content.path("chainHead").path("hash").asText());

    chromium.driver.findElement(By.linkText("Back to the governors' audit")).click();
    waitFor(browser -> !browser.findElements(By.cssSelector("table.exports")).isEmpty());
    WebElement latest = chromium.driver.findElement(By.cssSelector("table.exports tbody tr"));
    assertThat(latest.getText()).contains("grace", "Post review", "Complete", manifestSha256);

    element("verify-now").click();
    waitFor(browser -> browser.getCurrentUrl().endsWith("/governors#verification"));
    boolean intact = chain.verify().intact();
    assertThat(element("verification").getText())
        .contains(intact ? "Intact." : "Not intact.", "Checked", "Chain head");

    element("manifest").sendKeys(manifest.toString());
    element("check-extends").click();
    waitFor(browser -> !browser.findElements(By.id("extends-answer")).isEmpty());
    assertThat(chain.verifyExtends(new ChainHead(
        content.path("chainHead").path("sequence").asLong(),
        content.path("chainHead").path("hash").asText(), null)).findings())
        .noneMatch(finding -> finding.problem() == Problem.NOT_EXTENDED);
    assertThat(text("extends-answer")).startsWith("Yes. Today's audit chain still holds");
  }

  @Test
  void aMemberOfStaffWhoSignsInIsToldThePageIsNotForTheirRole() {
    signIn("alice");

    assertThat(chromium.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("This page is not for your role");
    assertThat(chromium.driver.findElements(By.id("start-export"))).isEmpty();
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedWithAMessageAndNothingStarts() {
    signIn("charles");

    type("from", LocalDate.of(2017, 6, 30));
    type("to", LocalDate.of(2017, 6, 1));
    element("start-export").click();

    waitFor(browser -> !browser.findElements(By.id("export-problems")).isEmpty());
    assertThat(text("export-problems")).contains("The export was not started",
        "The period starts after it ends");
    assertThat(element("from").getDomProperty("value")).isEqualTo("2017-06-30");
    assertThat(database.queryForObject(
        "select count(*) from audit_export where requested_by = 'charles' and period_from = ?",
        Integer.class, LocalDate.of(2017, 6, 30))).isZero();
  }

  private void signIn(String user) {
    chromium.driver.get("http://localhost:" + port + "/governors");
    assertThat(chromium.driver.getCurrentUrl()).endsWith("/governors/sign-in");
    element("username").sendKeys(user);
    element("password").sendKeys(user);
    element("sign-in").click();
    waitFor(browser -> !browser.getCurrentUrl().endsWith("/sign-in"));
  }

  /** Clicking a button starts a page load; the next page is read once it has arrived. */
  private void waitFor(Function<WebDriver, Boolean> arrived) {
    chromium.waitUpTo(Duration.ofSeconds(30)).until(arrived::apply);
  }

  private void type(String field, LocalDate date) {
    chromium.typeDate(element(field), date);
    assertThat(element(field).getDomProperty("value")).as("the %s date as typed", field)
        .isEqualTo(date.toString());
  }

  private Path download(String link, String expectedName) {
    chromium.driver.findElement(By.cssSelector("a[href$='/files/" + link + "']")).click();
    return chromium.downloaded(expectedName, Duration.ofSeconds(30));
  }

  private WebElement element(String id) {
    return chromium.driver.findElement(By.id(id));
  }

  private String text(String id) {
    return element(id).getText();
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
