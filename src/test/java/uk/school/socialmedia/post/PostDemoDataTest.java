package uk.school.socialmedia.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.school.socialmedia.aup.SignedStaff;
import uk.school.socialmedia.channel.Channel;
import uk.school.socialmedia.channel.ChannelRegister;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.Actors;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

/** The demo's posts: one published, one awaiting someone else's review, one sent back. */
@SchoolSpringTest
class PostDemoDataTest {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired DemoUsers users;
  @Autowired ChannelRegister channels;
  @Autowired PostRepository posts;
  @Autowired PostDemoData demo;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    users.apply();
    PostFixtures.moveClockTo(PostFixtures.NOW);
    new SignedStaff(context).ensureSigned("alice", "brian");
  }

  @Test
  void theDemoSeedsPostsAtEachStageOnTheFacebookPageOnce() {
    if (channels.activeChannels().stream().noneMatch(c -> c.getName().contains("Facebook"))) {
      // as the channel demo makes it (it seeds only an empty register)
      new PostFixtures(context, new Actors(identity))
          .namedChannel("Lodge Farm School Facebook page", "ACTIVE", "alice", "brian");
    }
    Channel facebook = channels.activeChannels().stream()
        .filter(c -> c.getName().contains("Facebook")).findFirst().orElseThrow();

    demo.seed();
    demo.seed();

    List<Post> seeded = posts.findByChannelIdOrderByIdAsc(facebook.getId());
    assertThat(seeded).extracting(Post::getStatus)
        .containsExactly(PostStatus.PUBLISHED, PostStatus.IN_REVIEW, PostStatus.DRAFT);
    Post awaiting = seeded.get(1);
    assertThat(tasks.createTaskQuery().processInstanceId(awaiting.getProcessInstanceId())
        .taskDefinitionKey("Task_ReviewPost").taskCandidateUser("bob").count()).isOne();
    assertThat(tasks.createTaskQuery().processInstanceId(awaiting.getProcessInstanceId())
        .taskCandidateUser(awaiting.getAuthor()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(seeded.get(2).getProcessInstanceId())
        .taskDefinitionKey("Task_WriteDraft").taskAssignee("brian").count()).isOne();
  }
}
