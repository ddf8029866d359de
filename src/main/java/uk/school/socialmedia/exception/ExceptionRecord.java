package uk.school.socialmedia.exception;

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
 * One approved exception in the register: who may do what, with whom (by role and school
 * reference only), on which conditions and until when. The discussion, the reasons and every
 * decision are in the process history of {@link #getProcessInstanceId()}.
 */
@Entity
@Table(name = "account_exception")
public class ExceptionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String processInstanceId;

  @Column(nullable = false)
  private String requester;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExceptionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConcernedPerson concerns;

  @Column(nullable = false)
  private String concernsReference;

  @Column(nullable = false, length = 4000)
  private String conditions;

  @Column(nullable = false)
  private String approvedBy;

  @Column(nullable = false)
  private Instant approvedAt;

  @Column(nullable = false)
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExceptionStatus status;

  private int renewals;
  private Instant endedAt;
  private String endedBy;

  @Column(length = 4000)
  private String endReason;

  protected ExceptionRecord() {}

  ExceptionRecord(String processInstanceId, String requester, ExceptionKind kind,
      ConcernedPerson concerns, String concernsReference) {
    this.processInstanceId = processInstanceId;
    this.requester = requester;
    this.kind = kind;
    this.concerns = concerns;
    this.concernsReference = concernsReference;
  }

  /** A first approval, or a renewal approved through the same discussion and decision. */
  void approve(String conditions, LocalDate endDate, String approvedBy, Instant when) {
    if (status != null) {
      renewals++;
    }
    this.conditions = conditions;
    this.endDate = endDate;
    this.approvedBy = approvedBy;
    this.approvedAt = when;
    this.status = ExceptionStatus.ACTIVE;
    this.endedAt = null;
    this.endedBy = null;
    this.endReason = null;
  }

  void end(ExceptionStatus status, String by, String reason, Instant when) {
    this.status = status;
    this.endedBy = by;
    this.endReason = reason;
    this.endedAt = when;
  }

  /** In force on the given day: approved, not ended, and the day is not after its end date. */
  public boolean isInForceOn(LocalDate day) {
    return status == ExceptionStatus.ACTIVE && !day.isAfter(endDate);
  }

  public Long getId() { return id; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getRequester() { return requester; }
  public ExceptionKind getKind() { return kind; }
  public ConcernedPerson getConcerns() { return concerns; }
  public String getConcernsReference() { return concernsReference; }
  public String getConditions() { return conditions; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public LocalDate getEndDate() { return endDate; }
  public ExceptionStatus getStatus() { return status; }
  public int getRenewals() { return renewals; }
  public Instant getEndedAt() { return endedAt; }
  public String getEndedBy() { return endedBy; }
  public String getEndReason() { return endReason; }
}
