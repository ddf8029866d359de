package uk.school.socialmedia.aup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who a member of staff's line manager is, kept by an administrator. */
@Entity
@Table(name = "staff_directory")
public class StaffDirectoryEntry {

  @Id
  private String userId;

  @Column(nullable = false)
  private String lineManagerId;

  @Column(nullable = false)
  private String updatedBy;

  @Column(nullable = false)
  private Instant updatedAt;

  protected StaffDirectoryEntry() {}

  StaffDirectoryEntry(String userId) {
    this.userId = userId;
  }

  void assignLineManager(String lineManagerId, String updatedBy, Instant updatedAt) {
    this.lineManagerId = lineManagerId;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  public String getUserId() {
    return userId;
  }

  public String getLineManagerId() {
    return lineManagerId;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
