package uk.school.socialmedia.post;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.school.socialmedia.channel.Channel;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.consent.ConsentPurpose;
import uk.school.socialmedia.consent.ConsentVerification;
import uk.school.socialmedia.identity.ActingAs;
import uk.school.socialmedia.identity.DemoData;

/**
 * Demo mode: three posts on the demo Facebook page, each run through the real process by the
 * demo users: one published (alice wrote it, brian approved and published it), one waiting for
 * a colleague's review (alice's), one sent back to its author for changes (brian's).
 */
@Component
@Order(30)
class PostDemoData implements DemoData {

  private final PostRepository posts;
  private final ChannelRegister channels;
  private final RepositoryService repository;
  private final FormService forms;
  private final TaskService tasks;
  private final ManagementService management;
  private final ActingAs actingAs;
  private final ConsentVerification consent;
  private final Clock clock;

  PostDemoData(PostRepository posts, ChannelRegister channels, RepositoryService repository,
      FormService forms, TaskService tasks, ManagementService management, ActingAs actingAs,
      ConsentVerification consent, Clock clock) {
    this.posts = posts;
    this.channels = channels;
    this.repository = repository;
    this.forms = forms;
    this.tasks = tasks;
    this.management = management;
    this.actingAs = actingAs;
    this.consent = consent;
    this.clock = clock;
  }

  @Override
  public void seed() {
    Channel facebook = channels.activeChannels().stream()
        .filter(channel -> channel.getName().contains("Facebook")).findFirst().orElse(null);
    if (facebook == null || posts.existsByChannelId(facebook.getId())) {
      return;
    }
    // the consent demo's learners, where it has already run (else the photo shows nobody)
    List<String> shown = consent.verify(ConsentPurpose.SOCIAL_MEDIA_IMAGE,
        List.of("LF-D001", "LF-D002")).consented();
    ProcessInstance published = draft("alice", facebook, "Year 4 had a brilliant time at the"
        + " science fair today. Thank you to every family who came along!", shown, 1);
    complete("brian", published, "Task_ReviewPost", approval());
    // the demo does not wait for the scheduled time: the timer is run at once
    management.executeJob(management.createJobQuery().processInstanceId(published.getId())
        .activityId("Timer_ScheduledTime").singleResult().getId());
    complete("brian", published, "Task_PublishPost", Map.of(
        "postText", posts.findByProcessInstanceId(published.getId()).orElseThrow().getText(),
        "publishedUrl", "https://www.facebook.com/lodgefarmschool/posts/science-fair"));

    draft("alice", facebook, "Our Christmas fair is on Saturday 12 December, 10am to 1pm, in the"
        + " school hall. Everyone welcome!", List.of(), 14);

    ProcessInstance changes = draft("brian", facebook, "The school will be closed tomorrow and"
        + " we will refund every trip payment.", List.of(), 7);
    Map<String, Object> requestChanges = new HashMap<>();
    requestChanges.put("reviewDecision", "REQUEST_CHANGES");
    requestChanges.put("reviewRationale", "Please check the closure with the Head first, and"
        + " remove the promise about refunds: only the Business Manager can commit to that.");
    requestChanges.put("postText", posts.findByProcessInstanceId(changes.getId())
        .orElseThrow().getText());
    complete("alice", changes, "Task_ReviewPost", requestChanges);
  }

  private ProcessInstance draft(String author, Channel channel, String text,
      List<String> learners, int daysAhead) {
    String definitionId = repository.createProcessDefinitionQuery()
        .processDefinitionKey(PostConfiguration.PROCESS_KEY).latestVersion().singleResult()
        .getId();
    ProcessInstance post = actingAs.as(author,
        () -> forms.submitStartForm(definitionId, Map.of()));
    Map<String, Object> draft = new HashMap<>();
    draft.put(PostVariables.CHANNEL_ID, String.valueOf(channel.getId()));
    draft.put(PostVariables.POST_TEXT, text);
    draft.put(PostVariables.LEARNERS_SHOWN, PostContent.json(new ArrayList<>(learners)));
    draft.put(PostVariables.IMAGE_DESCRIPTION, learners.isEmpty() ? ""
        : "Photo 1: the class science fair table – " + String.join(", ", learners));
    draft.put(PostVariables.LEARNERS_TAKE_PART, false);
    draft.put(PostVariables.SCHEDULED_FOR, clock.instant().plus(daysAhead, ChronoUnit.DAYS)
        .truncatedTo(ChronoUnit.HOURS).toString());
    draft.put(PostVariables.IS_REPLY, false);
    complete(author, post, "Task_WriteDraft", draft);
    return post;
  }

  private Map<String, Object> approval() {
    Map<String, Object> review = new HashMap<>();
    PostVariables.CHECKLIST.forEach(check -> review.put(check[0], true));
    review.put("reviewDecision", "APPROVE");
    review.put("reviewRationale", "Friendly, accurate, and both learners have consent.");
    return review;
  }

  private void complete(String user, ProcessInstance post, String taskKey,
      Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(post.getId())
        .taskDefinitionKey(taskKey).singleResult();
    Map<String, Object> submitted = new HashMap<>(variables);
    if ("Task_ReviewPost".equals(taskKey) && !submitted.containsKey("postText")) {
      submitted.put("postText", tasks.getVariable(task.getId(), "postText"));
    }
    actingAs.as(user, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      forms.submitTaskForm(task.getId(), submitted);
    });
  }
}
