package uk.school.socialmedia.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One notification to one person. Written in the same transaction as the process step that
 * caused it, sent afterwards: a rolled-back step sends nothing, and nothing is lost when no
 * mail server is configured (it stays PENDING for an administrator to read).
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxMessage {

  public enum Status { PENDING, SENT, FAILED, NO_ADDRESS }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant createdAt;

  private String recipientUserId;
  private String recipientEmail;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private int attempts;
  private String lastError;
  private Instant sentAt;

  protected OutboxMessage() {}

  OutboxMessage(Instant createdAt, String recipientUserId, String recipientEmail, Notice notice) {
    this.createdAt = createdAt;
    this.recipientUserId = recipientUserId;
    this.recipientEmail = recipientEmail;
    this.subject = notice.subject();
    this.body = notice.fullText();
    this.processInstanceId = notice.processInstanceId();
    this.status = recipientEmail == null || recipientEmail.isBlank()
        ? Status.NO_ADDRESS : Status.PENDING;
  }

  void markSent(Instant when) {
    status = Status.SENT;
    sentAt = when;
    attempts++;
    lastError = null;
  }

  void markAttemptFailed(String error, int maxAttempts) {
    attempts++;
    lastError = error == null ? "unknown error"
        : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
    }
  }

  public Long getId() { return id; }
  public Instant getCreatedAt() { return createdAt; }
  public String getRecipientUserId() { return recipientUserId; }
  public String getRecipientEmail() { return recipientEmail; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Status getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public Instant getSentAt() { return sentAt; }
}
