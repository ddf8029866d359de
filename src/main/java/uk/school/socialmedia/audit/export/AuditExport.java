package uk.school.socialmedia.audit.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import uk.school.socialmedia.audit.ChainHead;
import uk.school.socialmedia.audit.ExportRequest;
import uk.school.socialmedia.audit.ExportSummary;
import uk.school.socialmedia.audit.ExportSummary.State;

/** The record of one export: who asked, when, for what, and what it produced (or why not). */
@Entity
@Table(name = "audit_export")
class AuditExport {

  @Id
  private String id;

  @Column(nullable = false)
  private String requestedBy;

  @Column(nullable = false)
  private Instant requestedAt;

  @Column(nullable = false)
  private LocalDate periodFrom;

  @Column(nullable = false)
  private LocalDate periodTo;

  private String processKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  private String manifestSha256;
  private Long chainSequence;
  private String chainHash;
  private Instant chainSealedAt;
  private String failure;
  private Instant completedAt;

  protected AuditExport() {}

  AuditExport(ExportRequest request, String requestedBy, Instant requestedAt) {
    this.id = UUID.randomUUID().toString();
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.periodFrom = request.from();
    this.periodTo = request.to();
    this.processKey = request.processKey().orElse(null);
    this.state = State.RUNNING;
  }

  void sealedAt(ChainHead head) {
    this.chainSequence = head.sequence();
    this.chainHash = head.hash();
    this.chainSealedAt = head.sealedAt();
  }

  void complete(String manifestSha256, Instant at) {
    this.manifestSha256 = manifestSha256;
    this.state = State.COMPLETED;
    this.completedAt = at;
  }

  void fail(String why, Instant at) {
    this.state = State.FAILED;
    this.failure = why;
    this.completedAt = at;
  }

  /** The summary, with {@code percentRunning} as the progress of an export still running. */
  ExportSummary summary(int percentRunning) {
    ChainHead head = chainHash == null ? null
        : new ChainHead(chainSequence, chainHash, chainSealedAt);
    return new ExportSummary(UUID.fromString(id), requestedBy, requestedAt, request(), state,
        state == State.COMPLETED ? 100 : percentRunning, manifestSha256, head, failure);
  }

  ExportRequest request() {
    return new ExportRequest(periodFrom, periodTo, Optional.ofNullable(processKey));
  }

  String getId() { return id; }
  String getRequestedBy() { return requestedBy; }
  Instant getRequestedAt() { return requestedAt; }
  State getState() { return state; }
}
