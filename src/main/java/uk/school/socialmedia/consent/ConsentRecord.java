package uk.school.socialmedia.consent;

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
 * One consent a parent or carer gave in writing for one purpose, valid until the end of the
 * academic year. A withdrawal is recorded on it once and never undone: consent given again is a
 * new record.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

  /** How consent reaches the school: parents have no accounts, they return a signed form. */
  public enum Method { WRITTEN_FORM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String learnerReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsentPurpose purpose;

  @Column(nullable = false)
  private String givenByName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Relationship givenByRelationship;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Method method;

  @Column(nullable = false)
  private LocalDate givenOn;

  @Column(nullable = false)
  private LocalDate validUntil;

  @Column(nullable = false)
  private Instant recordedAt;

  private String recordedBy;
  private String processInstanceId;
  private Instant withdrawnAt;
  private String withdrawnBy;
  private String withdrawalProcessInstanceId;

  protected ConsentRecord() {}

  ConsentRecord(String learnerReference, ConsentPurpose purpose, String givenByName,
      Relationship givenByRelationship, LocalDate givenOn, LocalDate validUntil,
      Instant recordedAt, String recordedBy, String processInstanceId) {
    this.learnerReference = learnerReference;
    this.purpose = purpose;
    this.givenByName = givenByName;
    this.givenByRelationship = givenByRelationship;
    this.method = Method.WRITTEN_FORM;
    this.givenOn = givenOn;
    this.validUntil = validUntil;
    this.recordedAt = recordedAt;
    this.recordedBy = recordedBy;
    this.processInstanceId = processInstanceId;
  }

  void withdraw(Instant when, String by, String processInstanceId) {
    if (isWithdrawn()) {
      throw new IllegalStateException("Consent " + id + " was already withdrawn");
    }
    this.withdrawnAt = when;
    this.withdrawnBy = by;
    this.withdrawalProcessInstanceId = processInstanceId;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  /** Given, not withdrawn and within its validity on that day. */
  public boolean isCurrentOn(LocalDate day) {
    return !isWithdrawn() && !givenOn.isAfter(day) && !validUntil.isBefore(day);
  }

  public Long getId() { return id; }
  public String getLearnerReference() { return learnerReference; }
  public ConsentPurpose getPurpose() { return purpose; }
  public String getGivenByName() { return givenByName; }
  public Relationship getGivenByRelationship() { return givenByRelationship; }
  public Method getMethod() { return method; }
  public LocalDate getGivenOn() { return givenOn; }
  public LocalDate getValidUntil() { return validUntil; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getWithdrawnAt() { return withdrawnAt; }
  public String getWithdrawnBy() { return withdrawnBy; }
  public String getWithdrawalProcessInstanceId() { return withdrawalProcessInstanceId; }
}
