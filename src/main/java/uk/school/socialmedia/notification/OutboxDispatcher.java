package uk.school.socialmedia.notification;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.school.socialmedia.platform.SchoolProperties;

/**
 * Sends PENDING outbox messages by SMTP. Without a mail server (spring.mail.host unset, the
 * embedded default) it sends nothing and the messages wait in the outbox, readable by admins.
 */
@Component
public class OutboxDispatcher {

  static final int MAX_ATTEMPTS = 5;
  private static final int BATCH = 50;
  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxRepository outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final TransactionTemplate transaction;
  private final SchoolProperties school;
  private final Clock clock;

  OutboxDispatcher(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender,
      TransactionTemplate transaction, SchoolProperties school, Clock clock) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.transaction = transaction;
    this.school = school;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${school.notifications.dispatch-interval:PT30S}",
      initialDelayString = "${school.notifications.dispatch-interval:PT30S}")
  public void dispatchScheduled() {
    dispatch();
  }

  /** Sends what is pending; returns how many messages were sent. */
  public int dispatch() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    Integer sent = transaction.execute(status -> {
      List<OutboxMessage> pending = outbox.findByStatusOrderByIdAsc(
          OutboxMessage.Status.PENDING, PageRequest.of(0, BATCH));
      int count = 0;
      for (OutboxMessage message : pending) {
        try {
          sender.send(toMail(message));
          message.markSent(clock.instant());
          count++;
        } catch (MailException e) {
          log.warn("Could not send notification {}: {}", message.getId(), e.getMessage());
          message.markAttemptFailed(e.getMessage(), MAX_ATTEMPTS);
        }
      }
      return count;
    });
    return sent == null ? 0 : sent;
  }

  private SimpleMailMessage toMail(OutboxMessage message) {
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(school.notifications().from());
    mail.setTo(message.getRecipientEmail());
    mail.setSubject("[" + school.name() + "] " + message.getSubject());
    mail.setText(message.getBody());
    return mail;
  }
}
