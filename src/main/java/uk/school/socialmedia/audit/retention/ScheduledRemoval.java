package uk.school.socialmedia.audit.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The removal time the retention rules gave one root process instance's history, recorded when
 * the engine asked for it; null while nothing of it may be removed. A register row, so the audit
 * ledger journals every decision, and verification compares each clean-up with it.
 */
@Entity
@Table(name = "scheduled_removal")
public class ScheduledRemoval {

  @Id
  private String processInstanceId;

  @Column(nullable = false)
  private String processDefinitionKey;

  private Instant removalTime;

  @Column(nullable = false)
  private Instant decidedAt;

  protected ScheduledRemoval() {}

  ScheduledRemoval(String processInstanceId, String processDefinitionKey) {
    this.processInstanceId = processInstanceId;
    this.processDefinitionKey = processDefinitionKey;
  }

  void decide(Instant removalTime, Instant decidedAt) {
    this.removalTime = removalTime;
    this.decidedAt = decidedAt;
  }

  public String getProcessInstanceId() { return processInstanceId; }
  public String getProcessDefinitionKey() { return processDefinitionKey; }
  public Instant getRemovalTime() { return removalTime; }
  public Instant getDecidedAt() { return decidedAt; }
}
