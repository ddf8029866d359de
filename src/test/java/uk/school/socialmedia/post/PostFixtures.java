package uk.school.socialmedia.post;

import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import uk.school.socialmedia.consent.ConsentPurpose;
import uk.school.socialmedia.consent.ConsentRegister;
import uk.school.socialmedia.consent.LearnerImport;
import uk.school.socialmedia.consent.Relationship;
import uk.school.socialmedia.testsupport.Actors;

/** Channels, learners and form submissions for post review tests; each test makes its own. */
final class PostFixtures {

  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final Instant SCHEDULED = Instant.parse("2026-11-27T10:00:00Z");

  private final JdbcTemplate jdbc;
  private final LearnerImport learnerImport;
  private final ConsentRegister consent;
  private final RepositoryService repository;
  private final FormService forms;
  private final TaskService tasks;
  private final Actors actors;

  PostFixtures(ApplicationContext context, Actors actors) {
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.learnerImport = context.getBean(LearnerImport.class);
    this.consent = context.getBean(ConsentRegister.class);
    this.repository = context.getBean(RepositoryService.class);
    this.forms = context.getBean(FormService.class);
    this.tasks = context.getBean(TaskService.class);
    this.actors = actors;
  }

  static void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(java.util.Date.from(instant));
  }

  /**
   * A channel in the register with the status and account managers given. Written directly: the
   * channel's own lifecycle has its own tests, these need only its register entry.
   */
  long channel(String status, String... managers) {
    return namedChannel("Test channel " + UUID.randomUUID().toString().substring(0, 6), status,
        managers);
  }

  long namedChannel(String name, String status, String... managers) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into channel (name, platform,"
          + " purpose, objectives, intended_outcomes, audience, learners_take_part,"
          + " registration_email, moderation_plan, inclusion_plan, status, proposed_by,"
          + " proposed_at, process_instance_id) values (?, 'FACEBOOK', 'COMMUNITY_ENGAGEMENT',"
          + " 'News', 'Families informed', 'Parents', false, 'office@lodgefarm.sch.uk',"
          + " 'Daily', 'Newsletter', ?, 'carol', ?, 'test')", Statement.RETURN_GENERATED_KEYS);
      insert.setString(1, name);
      insert.setString(2, status);
      insert.setTimestamp(3, Timestamp.from(NOW));
      return insert;
    }, key);
    long id = ((Number) key.getKeys().get("id")).longValue();
    for (String manager : managers) {
      jdbc.update("insert into channel_manager (channel_id, user_id) values (?, ?)", id, manager);
    }
    return id;
  }

  /** A new learner, with consent for every purpose when asked. */
  String learner(boolean consented) {
    String reference = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    learnerImport.importCsv(new StringReader("reference,name,year_group,date_of_birth\n"
        + reference + ",Test Learner,4,2018-03-01\n"));
    if (consented) {
      consent.recordConsent(reference, EnumSet.allOf(ConsentPurpose.class), "Sam Parent",
          Relationship.PARENT, LocalDate.of(2026, 10, 1), "olivia", null);
    }
    return reference;
  }

  void withdrawConsent(String learner) {
    consent.withdraw(learner, EnumSet.allOf(ConsentPurpose.class), "olivia", null);
  }

  ProcessInstance start(String author) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey("post-review").latestVersion().singleResult().getId();
    return actors.as(author, () -> forms.submitStartForm(definitionId, Map.of()));
  }

  static Map<String, Object> draft(long channelId, String text, List<String> learners,
      boolean learnersTakePart) {
    Map<String, Object> draft = new HashMap<>();
    draft.put("channelId", String.valueOf(channelId));
    draft.put("postText", text);
    draft.put("learnersShown", PostContent.json(new java.util.ArrayList<>(learners)));
    draft.put("imageDescription", learners.isEmpty() ? "" : "Photo 1: " + learners);
    draft.put("learnersTakePart", learnersTakePart);
    draft.put("scheduledFor", SCHEDULED.toString());
    draft.put("isReply", false);
    return draft;
  }

  static Map<String, Object> review(String decision, String text) {
    Map<String, Object> review = new HashMap<>();
    PostVariables.CHECKLIST.forEach(check -> review.put(check[0], true));
    review.put("reviewDecision", decision);
    review.put("reviewRationale", "Checked against the policy.");
    review.put("postText", text);
    return review;
  }

  Task task(ProcessInstance post, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(post.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** As the user would in Tasklist: claim if needed, then submit the form. */
  void complete(String user, ProcessInstance post, String taskKey, Map<String, Object> form) {
    Task task = task(post, taskKey);
    if (task == null) {
      throw new AssertionError("No open task " + taskKey);
    }
    actors.as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), form);
    });
  }
}
