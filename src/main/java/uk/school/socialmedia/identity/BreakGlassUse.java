package uk.school.socialmedia.identity;

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
 * One entry of the break-glass register: someone given or relieved of emergency access, or one
 * request made while holding it. Never changed once written; journaled by the audit ledger.
 */
@Entity
@Table(name = "break_glass_use")
public class BreakGlassUse {

  public enum Kind { GIVEN, TAKEN_AWAY, USED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private String userId;

  @Column(nullable = false)
  private Instant usedAt;

  @Column(nullable = false, length = 500)
  private String request;

  private String changedBy;

  @Column(nullable = false)
  private boolean noticeSent;

  protected BreakGlassUse() {}

  BreakGlassUse(Kind kind, String userId, Instant usedAt, String request, String changedBy,
      boolean noticeSent) {
    this.kind = kind;
    this.userId = userId;
    this.usedAt = usedAt;
    this.request = request.length() > 500 ? request.substring(0, 500) : request;
    this.changedBy = changedBy;
    this.noticeSent = noticeSent;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getUserId() {
    return userId;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  public String getRequest() {
    return request;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public boolean isNoticeSent() {
    return noticeSent;
  }
}
