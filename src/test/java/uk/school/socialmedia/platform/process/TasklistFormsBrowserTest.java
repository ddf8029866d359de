package uk.school.socialmedia.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.HeadlessChromium;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/**
 * The server's form rules as Tasklist meets them, in a real headless Chromium: what Tasklist
 * submits for a form (its editable fields, never its disabled read-only ones) is accepted, text
 * with markup in it is shown as text, and a broken rule reaches the user as the rule's own words.
 */
@SchoolSpringTest
class TasklistFormsBrowserTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  HeadlessChromium chromium;

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
  void aHandlerAcknowledgesAConcernInTasklistAndTheReportStaysAsWritten() {
    // what a reporter typed is shown as text, never run or rendered as markup
    String report = "A comment <b id='bold'>on the class page</b> made fun of a learner"
        + " <script>window.injected = true</script> (" + UUID.randomUUID() + ").";
    ProcessInstance concern = new Actors(identity).as("alice", () ->
        runtime.startProcessInstanceByKey("concern-escalation", Map.of(
            "kindOfReport", "CONCERN", "aboutWhom", "LEARNER", "immediateRisk", false,
            "whatHappened", report, "whenItHappened", "2026-11-20", "platform", "Facebook",
            "accountType", "OFFICIAL",
            "actionAlreadyTaken", "Took a screenshot and hid the comment.")));
    Task acknowledge = tasks.createTaskQuery().processInstanceId(concern.getId())
        .taskDefinitionKey("Task_Acknowledge").singleResult();

    openTask("dana", acknowledge);
    chromium.waitUpTo(PATIENCE).ignoring(StaleElementReferenceException.class).until(browser ->
        report.equals(field("What happened").getDomProperty("value")));
    assertThat(field("What happened").getDomProperty("disabled")).isEqualTo("true");
    assertThat(chromium.driver.executeScript("return window.injected")).isNull();
    assertThat(chromium.driver.findElements(By.id("bold"))).isEmpty();
    label("I have read this report").click();
    field("Immediate steps taken").sendKeys("Spoke to the class teacher.");
    complete();

    chromium.waitUpTo(PATIENCE).until(browser ->
        tasks.createTaskQuery().taskId(acknowledge.getId()).count() == 0);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName("whatHappened").singleResult().getValue()).isEqualTo(report);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName("acknowledgementNote").singleResult().getValue())
        .isEqualTo("Spoke to the class teacher.");
  }

  @Test
  void aBrokenRuleReachesTheUserInItsOwnWords() {
    ProcessInstance request = new Actors(identity).as("bob", () ->
        runtime.startProcessInstanceByKey("account-exception", Map.of(
            "kind", "PRE_EXISTING_RELATIONSHIP", "concernsRole", "CURRENT_LEARNER",
            "concernsReference", "A1042", "reason", "The learner is my niece.",
            "safeguards", "No school matters online.", "requestedMonths", 6)));
    Task discussion = tasks.createTaskQuery().processInstanceId(request.getId()).singleResult();

    openTask("dana", discussion);
    // blanks pass the browser's "required" check; the server's rule asks for words
    field("Outcome of the discussion").sendKeys("   ");
    label("Approve").click();
    field("Reasons for your recommendation").sendKeys("   ");
    complete();

    WebElement notice = chromium.waitUpTo(PATIENCE).until(browser -> browser
        .findElements(By.cssSelector(".notifications .alert, .notification, [cam-notifications] *"))
        .stream().filter(element -> !element.getText().isBlank()).findFirst().orElse(null));
    assertThat(notice.getText()).contains("Please give the outcome of the discussion.")
        .doesNotContain("ENGINE-", "Exception", "TaskListener");
    assertThat(tasks.createTaskQuery().taskId(discussion.getId()).count()).isOne();
  }

  /** Signs in on Tasklist's own sign-in form, as a person does, then opens the task. */
  private void openTask(String user, Task task) {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2000));
    chromium.driver.get(tasklist);
    WebElement password = chromium.waitUpTo(PATIENCE).until(browser ->
        browser.findElements(By.cssSelector("input[type='password']")).stream()
            .filter(WebElement::isDisplayed).findFirst().orElse(null));
    WebElement name = password.findElement(By.xpath("preceding::input[@type='text'][1]"));
    name.sendKeys(user);
    password.sendKeys(user, org.openqa.selenium.Keys.ENTER);
    try {
      chromium.waitUpTo(PATIENCE).until(browser ->
          browser.findElements(By.cssSelector("input[type='password']")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Tasklist did not let " + user + " in. The page said: "
          + chromium.driver.findElement(By.tagName("body")).getText(), e);
    }
    chromium.driver.get(tasklist + "#/?task=" + task.getId());
    // as a person does: a task offered to a group is claimed before its form can be filled in
    try {
      button("Claim").click();
      chromium.waitUpTo(PATIENCE).until(browser ->
          !browser.findElements(By.cssSelector(".fjs-form")).isEmpty()
              && browser.findElements(By.cssSelector(".disabled-form")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Tasklist did not offer the task to claim. The page said: "
          + chromium.driver.findElement(By.tagName("body")).getText(), e);
    }
  }

  private WebElement label(String text) {
    WebElement label = chromium.waitUpTo(PATIENCE)
        .ignoring(StaleElementReferenceException.class).until(browser -> browser.findElements(
        By.xpath("//label[contains(normalize-space(.), \"" + text + "\")]")).stream()
        .findFirst().orElse(null));
    chromium.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
    return label;
  }

  private WebElement button(String text) {
    // Tasklist redraws its buttons as the task loads: a button seen a moment ago may be gone
    return chromium.waitUpTo(PATIENCE).ignoring(StaleElementReferenceException.class)
        .until(browser -> browser.findElements(By.tagName("button"))
        .stream().filter(button -> button.getText().trim().equals(text) && button.isDisplayed()
            && button.isEnabled()).findFirst().orElse(null));
  }

  /** The input, text area or select that a label names. */
  private WebElement field(String labelText) {
    WebElement label = label(labelText);
    String id = label.getDomAttribute("for");
    return id != null ? chromium.driver.findElement(By.id(id))
        : label.findElement(By.xpath("following::*[self::input or self::textarea][1]"));
  }

  private void complete() {
    WebElement complete = button("Complete");
    chromium.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
  }
}
