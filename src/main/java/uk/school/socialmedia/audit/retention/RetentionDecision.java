package uk.school.socialmedia.audit.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long one concern's history is kept, decided while it is handled: its class, the date the
 * person-based rule gives (null when the date of birth is unknown, so the model's time to live
 * applies), the facts it was decided from (the date of birth and, for a learner, the school
 * reference, as they were then: a later register change does not touch them), why, and who
 * decided when.
 */
@Entity
@Table(name = "retention_decision")
public class RetentionDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RetentionClass retentionClass;

  private LocalDate keepUntil;

  private String learnerReference;

  private LocalDate dateOfBirth;

  @Column(nullable = false, length = 1000)
  private String reason;

  private String decidedBy;

  @Column(nullable = false)
  private Instant decidedAt;

  protected RetentionDecision() {}

  RetentionDecision(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decide(RetentionClass retentionClass, LocalDate keepUntil, String learnerReference,
      LocalDate dateOfBirth, String reason, String decidedBy, Instant decidedAt) {
    this.retentionClass = retentionClass;
    this.keepUntil = keepUntil;
    this.learnerReference = learnerReference;
    this.dateOfBirth = dateOfBirth;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public RetentionClass getRetentionClass() { return retentionClass; }
  public LocalDate getKeepUntil() { return keepUntil; }
  public String getLearnerReference() { return learnerReference; }
  public LocalDate getDateOfBirth() { return dateOfBirth; }
  public String getReason() { return reason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
}
