package uk.school.socialmedia.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uk.school.socialmedia.identity.DemoUsers;
import uk.school.socialmedia.testsupport.SchoolSpringTest;

@SchoolSpringTest
class NotificationServiceTest {

  @Autowired NotificationService notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired OutboxRepository outbox;
  @Autowired GreenMail smtp;
  @Autowired DemoUsers users;
  @Autowired IdentityService identity;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void setUp() throws Exception {
    users.apply();
    // other tests share the outbox: send what they left (in batches) before counting ours
    while (dispatcher.dispatch() > 0) {
      // next batch
    }
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void aNoticeToAGroupReachesEveryMemberByEmail() throws Exception {
    notifications.notifyGroups(List.of("dsl", "ddsl"),
        new Notice("A concern needs your attention", "Please open Tasklist.",
            "http://localhost:8080/camunda/app/tasklist/", null));

    assertThat(dispatcher.dispatch()).isEqualTo(2);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("dana@lodgefarm.sch.uk", "derek@lodgefarm.sch.uk");
    assertThat(received[0].getSubject())
        .isEqualTo("[Lodge Farm School] A concern needs your attention");
    assertThat(GreenMailUtil.getBody(received[0])).contains("Please open Tasklist.");
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("dana"))
        .last().extracting(OutboxMessage::getStatus).isEqualTo(OutboxMessage.Status.SENT);
  }

  @Test
  void nothingIsSentForAStepThatRolledBack() {
    long before = outbox.count();
    transaction.executeWithoutResult(status -> {
      notifications.notifyUsers(List.of("alice"), new Notice("Draft", "text", null, null));
      status.setRollbackOnly();
    });
    assertThat(outbox.count()).isEqualTo(before);
    assertThat(dispatcher.dispatch()).isZero();
  }

  @Test
  void aPersonWithoutAnAddressIsKeptForTheAdministratorNotDropped() {
    var user = identity.newUser("no-email-volunteer");
    user.setFirstName("Vic");
    user.setLastName("Volunteer");
    if (identity.createUserQuery().userId("no-email-volunteer").count() == 0) {
      identity.saveUser(user);
    }
    notifications.notifyUsers(List.of("no-email-volunteer"), new Notice("Reminder", "x", null, null));

    assertThat(dispatcher.dispatch()).isZero();
    assertThat(outbox.findByRecipientUserIdOrderByIdAsc("no-email-volunteer"))
        .last().extracting(OutboxMessage::getStatus).isEqualTo(OutboxMessage.Status.NO_ADDRESS);
  }
}
