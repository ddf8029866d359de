package uk.school.socialmedia.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One published image that must come down because consent was withdrawn: where it is, who must
 * remove it by when, and who removed it when.
 */
@Entity
@Table(name = "consent_takedown")
public class Takedown {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String withdrawalProcessInstanceId;

  @Column(nullable = false)
  private String learnerReference;

  @Column(nullable = false)
  private String postId;

  @Column(nullable = false)
  private String channelName;

  private String url;

  /** user ids, comma separated */
  @Column(nullable = false)
  private String accountManagers;

  @Column(nullable = false)
  private Instant requestedAt;

  @Column(nullable = false)
  private Instant dueAt;

  /** the engine's id of the task that takes this image down */
  private String taskId;

  private Instant removedAt;
  private String removedBy;
  private String removalNote;

  protected Takedown() {}

  Takedown(String withdrawalProcessInstanceId, String learnerReference, PublishedImage image,
      Instant requestedAt, Instant dueAt) {
    this.withdrawalProcessInstanceId = withdrawalProcessInstanceId;
    this.learnerReference = learnerReference;
    this.postId = image.postId();
    this.channelName = image.channelName();
    this.url = image.url();
    this.accountManagers = String.join(",", image.accountManagers());
    this.requestedAt = requestedAt;
    this.dueAt = dueAt;
  }

  void linkTo(String taskId) {
    this.taskId = taskId;
  }

  void markRemoved(Instant when, String by, String note) {
    this.removedAt = when;
    this.removedBy = by;
    this.removalNote = note;
  }

  public List<String> accountManagerIds() {
    return Arrays.stream(accountManagers.split(",")).filter(s -> !s.isBlank()).toList();
  }

  public Long getId() { return id; }
  public String getWithdrawalProcessInstanceId() { return withdrawalProcessInstanceId; }
  public String getLearnerReference() { return learnerReference; }
  public String getPostId() { return postId; }
  public String getChannelName() { return channelName; }
  public String getUrl() { return url; }
  public Instant getRequestedAt() { return requestedAt; }
  public Instant getDueAt() { return dueAt; }
  public String getTaskId() { return taskId; }
  public Instant getRemovedAt() { return removedAt; }
  public String getRemovedBy() { return removedBy; }
  public String getRemovalNote() { return removalNote; }
}
