package uk.school.socialmedia.audit.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A legal hold on the whole history of one (root) process instance: while it stands nothing of
 * that history is removed. Who placed it, when and why, and who released it, when and why.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String processInstanceId;

  @Column(nullable = false)
  private String processDefinitionKey;

  @Column(nullable = false, length = 4000)
  private String reason;

  @Column(nullable = false)
  private String heldBy;

  @Column(nullable = false)
  private Instant heldAt;

  private String releasedBy;
  private Instant releasedAt;

  @Column(length = 4000)
  private String releaseReason;

  protected LegalHold() {}

  LegalHold(String processInstanceId, String processDefinitionKey, String reason, String heldBy,
      Instant heldAt) {
    this.processInstanceId = processInstanceId;
    this.processDefinitionKey = processDefinitionKey;
    this.reason = reason;
    this.heldBy = heldBy;
    this.heldAt = heldAt;
  }

  void release(String by, Instant at, String why) {
    this.releasedBy = by;
    this.releasedAt = at;
    this.releaseReason = why;
  }

  public boolean isStanding() { return releasedAt == null; }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getProcessDefinitionKey() { return processDefinitionKey; }
  public String getReason() { return reason; }
  public String getHeldBy() { return heldBy; }
  public Instant getHeldAt() { return heldAt; }
  public String getReleasedBy() { return releasedBy; }
  public Instant getReleasedAt() { return releasedAt; }
  public String getReleaseReason() { return releaseReason; }
}
